"""The tag table and the task-tag links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db

DEFAULT_COLOR = "#6c757d"

# A link between a task and a tag; removed with either.
task_tags = Table(
    "task_tags",
    db.metadata,
    Column("task_id", BigIntId, ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", BigIntId, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_task_tags_tag_task", "tag_id", "task_id"),
)


def name_key(name: str) -> str:
    """What makes two tag names the same: "Work", "WORK" and "work" are one tag (Unicode case folding)."""
    return name.casefold()


class Tag(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("user_id", "name_key", name="uq_tags_user_name_key"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    # name_key(name): the uniqueness and lookup key; case folding can lengthen a name ("ß" -> "ss").
    name_key: Mapped[str] = mapped_column(String(200))
    color: Mapped[str] = mapped_column(String(7), default=DEFAULT_COLOR)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
