"""Maintenance commands, run from the project root:

    python -m app.manage promote <username>   # make an account an admin
"""

import os
import sys


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "promote":
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from app.models import User

    if User.objects.filter(username=argv[1].lower()).update(role="admin") != 1:
        print(f"no account named {argv[1]!r}", file=sys.stderr)
        return 1
    print(f"{argv[1]} is now an admin")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
