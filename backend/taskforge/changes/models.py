"""The change log: per user, numbered in commit order without gaps (`users.change_seq` hands out the
numbers under the user's row lock, in the committing transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class Change(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_at", "at"),)

    user_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    # No foreign key: a deletion is a change too, and outlives its task.
    task_id: Mapped[int] = mapped_column(BigIntId)
    action: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
