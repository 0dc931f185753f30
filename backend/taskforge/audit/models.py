"""The audit event table: append-only, kept after the task it names is deleted (so no foreign key to it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class AuditEvent(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_project", "project_id", "id"),
        Index("ix_audit_events_task", "task_id", "id"),
        Index("ix_audit_events_user_id", "user_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    # Who made the change (the actor).
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"))
    # The task's project when it changed (no foreign key: the history outlives a deleted project).
    project_id: Mapped[int] = mapped_column(BigIntId)
    task_id: Mapped[int] = mapped_column(BigIntId)
    action: Mapped[str] = mapped_column(String(16))
    # {field: [before, after]}, JSON values (datetimes as ISO 8601 in UTC, tags as their names).
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    request_id: Mapped[str | None] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
