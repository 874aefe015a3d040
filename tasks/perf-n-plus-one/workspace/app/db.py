"""Database setup: a SQLite file at the project root, created and seeded when the app starts."""

import os
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("SHOP_DATABASE_URL", f"sqlite:///{PROJECT_DIR / 'shop.db'}")

# FastAPI runs sync endpoints in a thread pool, so a connection may change threads.
engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


def get_session():
    """FastAPI dependency: one session per request."""
    with SessionLocal() as session:
        yield session
