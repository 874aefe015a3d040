"""Database setup: a SQLite file at the project root, created when the app starts."""

import os
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("NOTES_DATABASE_URL", f"sqlite:///{PROJECT_DIR / 'notes.db'}")

# FastAPI runs sync endpoints in a thread pool, so a connection may change threads.
engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


def init_db() -> None:
    """Create the tables of every model imported so far."""
    Base.metadata.create_all(engine)


# TODO: a FastAPI dependency that gives each request its own session.
