"""The change log: per project, numbered in commit order without gaps (`projects.change_seq` hands out the
numbers under the project's row lock, in the committing transaction). A person's own events (a project
shared with them, access removed, a reminder delivered) go to the stream of their inbox, which only they see.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class Change(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_at", "at"),)

    project_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    # What changed: a task, a section or a project. No foreign key: a deletion is a change too, and outlives
    # what it names.
    kind: Mapped[str] = mapped_column(String(16), default="task", server_default="task")
    entity_id: Mapped[int] = mapped_column(BigIntId)
    action: Mapped[str] = mapped_column(String(24))
    # Who made the change (null: the system, such as the reminder worker).
    actor_id: Mapped[int | None] = mapped_column(BigIntId)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
