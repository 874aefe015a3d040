from django.core.management.base import BaseCommand

from catalog.db import init_db


class Command(BaseCommand):
    help = "Create the catalog tables and seed them (idempotent: re-seeding never duplicates rows)."

    def handle(self, *args, **options):
        init_db()
