"""Maintenance commands, run from the project root:

    python -m app.manage promote <username>   # make an account an admin
"""

import sys

from app import create_app
from app.db import get_db


def promote(username: str) -> bool:
    db = get_db()
    changed = db.execute(
        "UPDATE users SET role = 'admin' WHERE username = ?", (username.lower(),)
    ).rowcount
    db.commit()
    return changed == 1


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "promote":
        print(__doc__, file=sys.stderr)
        return 2
    with create_app().app_context():
        if not promote(argv[1]):
            print(f"no account named {argv[1]!r}", file=sys.stderr)
            return 1
    print(f"{argv[1]} is now an admin")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
