"""Tables, declared with SQLAlchemy Core: notes, and their tags in a table of their own."""

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, Text

from app.db import Base

notes = Table(
    "notes",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False, default=""),
    Column("done", Boolean, nullable=False, default=False, index=True),
)

note_tags = Table(
    "note_tags",
    Base.metadata,
    Column("note_id", Integer, ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("tag", Text, nullable=False),
)
