"""Demo accounts and documents, created on the first start (when there are no users yet)."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Document, User
from app.passwords import hash_password

# username, display name, role, password. Development accounts only.
SEED_USERS = [
    ("alice", "Alice Admin", "admin", "alice-admin-pw"),
    ("bob", "Bob Editor", "editor", "bob-editor-pw"),
    ("carol", "Carol Editor", "editor", "carol-editor-pw"),
    ("dave", "Dave Viewer", "viewer", "dave-viewer-pw"),
]

# title, body, owner. Dave wrote his reading list back when he was an editor.
SEED_DOCUMENTS = [
    ("Team handbook", "How we work, who to ask, where things live.", "alice"),
    ("Release plan", "Freeze on Monday, ship on Thursday.", "bob"),
    ("Design notes", "Storage layout and the caching strategy.", "carol"),
    ("Reading list", "Books and papers worth the time.", "dave"),
]


def seed(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(User)):
        return
    users = {}
    for username, display_name, role, password in SEED_USERS:
        users[username] = User(
            username=username,
            display_name=display_name,
            email=f"{username}@example.com",
            role=role,
            password_hash=hash_password(password),
        )
    session.add_all(users.values())
    session.add_all(
        Document(title=title, body=body, owner=users[owner]) for title, body, owner in SEED_DOCUMENTS
    )
    session.commit()
