"""The comment table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforge.auth.models import User
from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class Comment(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "comments"
    __table_args__ = (
        CheckConstraint("version >= 1", name="version_positive"),
        Index("ix_comments_task_id", "task_id", "id"),  # a task's thread, oldest first
        Index("ix_comments_author_id", "author_id"),  # deleting an account sets its comments' author null
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    # Deleted with its task; who may see or write it follows from the task's project (access/policy.py).
    task_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("tasks.id", ondelete="CASCADE"))
    # Null once its author's account is deleted: the comment stays in its thread, by "a deleted person".
    author_id: Mapped[int | None] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)  # Markdown, as written
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    author: Mapped[User | None] = relationship(lazy="joined")  # shown with every comment

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - a compare-and-set, as on tasks
