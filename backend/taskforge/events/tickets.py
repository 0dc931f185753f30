"""Issuing and redeeming stream tickets (each works once, for TICKET_LIFETIME)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete

from taskforge.auth.opaque import digest, new_secret
from taskforge.db import utcnow
from taskforge.events.models import StreamTicket
from taskforge.extensions import db

TICKET_LIFETIME = timedelta(seconds=60)
TICKET_PATTERN = r"^[A-Za-z0-9_-]{43}$"


def issue(*, user_id: int) -> str:
    """A new ticket for the user's next stream."""
    ticket = new_secret()
    db.session.add(
        StreamTicket(ticket_hash=digest(ticket), user_id=user_id, expires_at=utcnow() + TICKET_LIFETIME)
    )
    db.session.commit()
    return ticket


def redeem(ticket: str) -> int | None:
    """The ticket's user, once: the ticket is gone afterwards (two concurrent redemptions: one wins)."""
    user_id = db.session.execute(
        delete(StreamTicket)
        .where(StreamTicket.ticket_hash == digest(ticket), StreamTicket.expires_at > utcnow())
        .returning(StreamTicket.user_id)
    ).scalar_one_or_none()
    db.session.commit()
    return user_id


def prune() -> int:
    gone = db.session.execute(
        delete(StreamTicket).where(StreamTicket.expires_at <= utcnow()).returning(StreamTicket.ticket_hash)
    ).all()
    db.session.commit()
    return len(gone)
