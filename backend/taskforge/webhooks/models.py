"""Webhooks (a project's, or a person's for every project they own) and their outbox of deliveries."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from taskforge.db import BigIntId, UtcDateTime, utcnow
from taskforge.extensions import db
from taskforge.outbox.model import OutboxRow


class Webhook(db.Model):  # type: ignore[name-defined,misc]
    """A URL told of the events it subscribed to. `project_id` null: personal, for every project its owner
    (`user_id`) owns at the time of the change."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    project_id: Mapped[int | None] = mapped_column(
        BigIntId, ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("users.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    events: Mapped[list[str]] = mapped_column(JSON)
    # The signing secret (whsec_...), sealed with taskforge/secretbox.py: the worker must read it back.
    secret: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    disabled_reason: Mapped[str | None] = mapped_column(String(300))
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failure_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class WebhookDelivery(OutboxRow, db.Model):  # type: ignore[name-defined,misc]
    """One event for one webhook: written in the transaction of the change, sent by the worker in order per
    webhook, retried with backoff for 24 hours. A redelivery is a new row with the same message id."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index("ix_webhook_deliveries_due", "next_attempt_at", "id"),
        Index("ix_webhook_deliveries_webhook", "webhook_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    webhook_id: Mapped[int] = mapped_column(BigIntId, ForeignKey("webhooks.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(32))
    message_id: Mapped[str] = mapped_column(String(40))  # webhook-id: receivers deduplicate on it
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending", server_default="pending")
    response_code: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(300))
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
