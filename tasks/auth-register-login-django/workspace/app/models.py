from django.db import models


class User(models.Model):
    ROLES = [("user", "user"), ("admin", "admin")]

    username = models.CharField(max_length=32, unique=True)
    email = models.CharField(max_length=254, unique=True)
    password_hash = models.CharField(max_length=256)
    role = models.CharField(max_length=5, choices=ROLES, default="user")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "users"
        ordering = ["id"]
