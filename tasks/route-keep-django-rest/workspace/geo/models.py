from django.db import models


class Country(models.Model):
    iso2 = models.CharField(max_length=2, unique=True)
    name = models.CharField(max_length=100)
    region = models.CharField(max_length=40)
