"""Database setup: a SQLite file at the project root, created when the app starts."""

import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("DOCS_DATABASE_URL", f"sqlite:///{PROJECT_DIR / 'docs.db'}")

# FastAPI runs sync endpoints in a thread pool, so a connection may change threads.
engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False})
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


def init_db() -> None:
    """Create the tables of every model imported so far."""
    Base.metadata.create_all(engine)


def get_session() -> Iterator[Session]:
    """FastAPI dependency: one session per request, closed when the request ends."""
    with SessionLocal() as session:
        yield session
