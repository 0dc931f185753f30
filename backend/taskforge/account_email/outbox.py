"""Writing account emails in the transaction of the request that asks for them. Nothing is written (and so
nothing ever sent) while the server has no SMTP_URL."""

from __future__ import annotations

from typing import Literal

from flask import current_app

from taskforge.account_email.models import AccountEmail
from taskforge.auth.models import User
from taskforge.config import Settings
from taskforge.db import utcnow
from taskforge.extensions import db

Kind = Literal["reset", "verify", "change", "changing"]


def email_enabled() -> bool:
    settings: Settings = current_app.config["TASKFORGE"]
    return settings.email_enabled


def queue(kind: Kind, *, address: str, user_id: int | None = None) -> None:
    """Write one account email to `address`, due now (nothing while the server sends no email)."""
    if not email_enabled():
        return
    db.session.add(
        AccountEmail(kind=kind, address=address, user_id=user_id, next_attempt_at=utcnow(), attempts=0)
    )


def queue_verification(user: User) -> None:
    """Send the user a link that verifies their address (registration, a resend)."""
    queue("verify", address=user.email, user_id=user.id)
