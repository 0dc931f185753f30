"""The notification table (a user's inbox) and each person's notification settings.

A reminder's notification is unique, so delivering it twice (a worker that died after delivering, before
recording it) cannot show it twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from taskforge.auth.models import User
from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db


class Notification(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_id", "user_id", "id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"))
    # What it links to. No foreign keys to the task, comment, project or team: a notification outlives them.
    task_id: Mapped[int | None] = mapped_column(BigIntId)
    project_id: Mapped[int | None] = mapped_column(BigIntId)
    team_id: Mapped[int | None] = mapped_column(BigIntId)
    comment_id: Mapped[int | None] = mapped_column(BigIntId)
    reminder_id: Mapped[int | None] = mapped_column(BigIntId, unique=True)
    # Who caused it (null: the system, as for a reminder, or someone whose account is gone).
    actor_id: Mapped[int | None] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))  # the task's, project's or team's name then
    due_date: Mapped[datetime | None] = mapped_column(UtcDateTime)
    fire_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # False when its person turned the in-app channel off for its kind: kept (other channels deliver it), not
    # listed.
    shown: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id], lazy="joined")


class NotificationSetting(db.Model):  # type: ignore[name-defined,misc]
    """A person's channels for one kind of notification; a kind without a row has every channel on."""

    __tablename__ = "notification_settings"

    user_id: Mapped[int] = mapped_column(
        BigIntId, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    in_app: Mapped[bool] = mapped_column(Boolean, default=True)
    email: Mapped[bool] = mapped_column(Boolean, default=True)
    push: Mapped[bool] = mapped_column(Boolean, default=True)
