"""Push subscriptions: a person subscribes each browser they want notifications on, and may unsubscribe it.
Each function owns its transaction."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import delete, select

from taskforge.db import MAX_ID, upsert_insert, utcnow
from taskforge.errors import FieldError, NotFound, ValidationFailed
from taskforge.extensions import db
from taskforge.push.models import PushDelivery, PushSubscription
from taskforge.push.schemas import PushSubscriptionIn

NO_SUBSCRIPTION = "No push subscription with that id."


# The push services of the browsers people use (Chrome and Edge through FCM, Firefox, Safari, Windows). In
# production an endpoint must be one of them: the worker POSTs to it, and any other host could be an
# internal service (SSRF).
PUSH_SERVICES = (
    "fcm.googleapis.com",
    "push.services.mozilla.com",
    "push.apple.com",
    "notify.windows.com",
)


def _check_endpoint(endpoint: str, *, production: bool) -> None:
    """In production a push service is one of PUSH_SERVICES, over https, on the default port."""
    if not production:
        return
    parts = urlsplit(endpoint)
    host = (parts.hostname or "").lower()
    known = any(host == service or host.endswith("." + service) for service in PUSH_SERVICES)
    try:
        port = parts.port
    except ValueError:  # not a number, or out of range
        port = -1
    if parts.scheme != "https" or port not in (None, 443) or parts.username or parts.password or not known:
        raise ValidationFailed(
            [FieldError(field="endpoint", message="must be the https:// URL of a browser's push service")]
        )


def subscribe(
    *, user_id: int, data: PushSubscriptionIn, user_agent: str | None, production: bool
) -> tuple[PushSubscription, bool]:
    """Record a browser's subscription for the person (the browser's endpoint moves to them if someone else
    subscribed it before); return it and whether it is new."""
    _check_endpoint(data.endpoint, production=production)
    values = {
        "user_id": user_id,
        "endpoint": data.endpoint,
        "p256dh": data.keys.p256dh,
        "auth": data.keys.auth,
        "user_agent": (user_agent or "")[:300] or None,
        "created_at": utcnow(),
    }
    existing = _by_endpoint(data.endpoint)
    new = existing is None
    if existing is None:
        insert = upsert_insert(db.session)  # two requests subscribing one browser at once: one row
        db.session.execute(insert(PushSubscription).values(values).on_conflict_do_nothing())
        existing = _by_endpoint(data.endpoint)
        assert existing is not None
    elif existing.user_id != user_id:
        # Someone else's browser until now: what was on its way to them must not reach this person.
        db.session.execute(delete(PushDelivery).where(PushDelivery.subscription_id == existing.id))
    for name, value in values.items():
        setattr(existing, name, value)
    db.session.commit()
    return existing, new


def _by_endpoint(endpoint: str) -> PushSubscription | None:
    found: PushSubscription | None = db.session.execute(
        select(PushSubscription).where(PushSubscription.endpoint == endpoint).with_for_update()
    ).scalar_one_or_none()
    return found


def list_subscriptions(*, user_id: int) -> list[PushSubscription]:
    """The person's subscribed browsers, oldest first."""
    found = list(
        db.session.execute(
            select(PushSubscription).where(PushSubscription.user_id == user_id).order_by(PushSubscription.id)
        ).scalars()
    )
    db.session.commit()
    return found


def unsubscribe(*, user_id: int, subscription_id: int) -> None:
    """Remove one of the person's subscriptions (with its pending deliveries); raise NotFound."""
    if not 1 <= subscription_id <= MAX_ID:
        raise NotFound(NO_SUBSCRIPTION)
    gone = db.session.execute(
        delete(PushSubscription)
        .where(PushSubscription.id == subscription_id, PushSubscription.user_id == user_id)
        .returning(PushSubscription.id)
    ).first()
    if gone is None:
        db.session.rollback()
        raise NotFound(NO_SUBSCRIPTION)
    db.session.commit()
