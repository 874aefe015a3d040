"""Database setup with plain SQLAlchemy: a SQLite file at the project root by default."""

from pathlib import Path

from flask import Flask, current_app, g
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = f"sqlite:///{PROJECT_DIR / 'notes.db'}"


class Base(DeclarativeBase):
    pass


def init_app(app: Flask) -> None:
    """Create the engine and any missing tables; keep the session factory on the app."""
    # The development server is threaded, so a connection may change threads.
    engine = create_engine(app.config["DATABASE_URL"], connect_args={"check_same_thread": False})
    Base.metadata.create_all(engine)
    app.extensions["db_sessionmaker"] = sessionmaker(bind=engine, expire_on_commit=False)
    app.teardown_appcontext(_close_session)


def get_session() -> Session:
    """The current request's session, opened on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["db_sessionmaker"]()
    return g.db_session


def _close_session(_error: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
