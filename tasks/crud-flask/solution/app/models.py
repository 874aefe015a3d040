"""ORM models."""

from sqlalchemy import JSON, Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    # Tags are few and only ever read with their note, so a JSON array column is enough.
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "body": self.body, "tags": self.tags, "done": self.done}
