from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="User",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("username", models.CharField(max_length=32, unique=True)),
                ("email", models.CharField(max_length=254, unique=True)),
                ("password_hash", models.CharField(max_length=256)),
                ("role", models.CharField(choices=[("user", "user"), ("admin", "admin")], default="user", max_length=5)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={"db_table": "users", "ordering": ["id"]},
        ),
    ]
