"""Writing email deliveries, in the transaction that writes their notifications (so an email is sent if, and
only if, its notification commits). Nothing is written while the server has no SMTP_URL. `may_email` says
whose address notification emails (reminders included) may go to."""

from __future__ import annotations

from collections.abc import Collection

from flask import current_app
from sqlalchemy import insert

from taskforge.auth.models import User
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


def may_email(user: User) -> bool:
    """Whether notification emails may go to the user's address: only once it is verified (an unverified
    account still gets its notifications in the app and by push)."""
    return user.email_verified_at is not None
