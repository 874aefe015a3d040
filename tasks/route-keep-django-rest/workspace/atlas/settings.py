INSTALLED_APPS = ["django.contrib.contenttypes", "rest_framework", "geo"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "atlas.db"}}
