"""The reminder table: what to remind of and when, and how far its delivery got (the worker's queue)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class Reminder(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "reminders"
    __table_args__ = (CheckConstraint("(at IS NULL) <> (before_due IS NULL)", name="one_trigger"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"))
    task_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    # Exactly one trigger: a moment, or minutes before the task's due date.
    at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    before_due: Mapped[int | None] = mapped_column(Integer)
    # When it fires; null while a before_due reminder's task has no due date.
    fire_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # A worker's claim: it delivers the reminder before the lease ends, or another worker may claim it.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Delivery, channel by channel: each is done at most once, in the transaction that records it.
    notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    emailed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    email_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    @property
    def spec(self) -> dict[str, Any]:
        """The reminder as it was asked for: `{"at": ...}` or `{"before_due": minutes}`."""
        if self.at is not None:
            return {"at": self.at.astimezone(UTC).isoformat().replace("+00:00", "Z")}
        return {"before_due": self.before_due}


Index(
    "ix_reminders_pending",
    Reminder.fire_at,
    postgresql_where=Reminder.sent_at.is_(None),
    sqlite_where=Reminder.sent_at.is_(None),
)
