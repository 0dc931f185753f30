"""Writing email deliveries, in the transaction that writes their notifications (so an email is sent if, and
only if, its notification commits). Nothing is written while the server has no SMTP_URL."""

from __future__ import annotations

from collections.abc import Collection

from flask import current_app
from sqlalchemy import insert

from taskforge.config import Settings
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.mail.models import EmailDelivery


def queue_for(notification_ids: Collection[int]) -> None:
    """Write a delivery for each of these notifications."""
    settings: Settings = current_app.config["TASKFORGE"]
    if not notification_ids or not settings.email_enabled:
        return
    now = utcnow()
    db.session.execute(
        insert(EmailDelivery),
        [{"notification_id": i, "next_attempt_at": now, "attempts": 0} for i in sorted(notification_ids)],
    )
