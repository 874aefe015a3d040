"""ORM models: a note and its tags, one row per tag."""

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    tag_rows: Mapped[list["NoteTag"]] = relationship(
        order_by="NoteTag.position", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def tags(self) -> list[str]:
        return [row.name for row in self.tag_rows]

    @tags.setter
    def tags(self, names: list[str]) -> None:
        self.tag_rows = [NoteTag(position=i, name=name) for i, name in enumerate(names)]

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "body": self.body, "tags": self.tags, "done": self.done}


class NoteTag(Base):
    __tablename__ = "note_tags"

    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
