"""Webhooks: a project's (managed by its admins and owner) or a person's own (for every project they own).
Each function owns its transaction. Someone else's webhook, or one of a project the caller cannot see, is
answered as a missing id (404); a project's webhook to a member whose role is below admin, 403."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import ColumnElement, func, select

from taskforge.access.identity import Identity
from taskforge.access.policy import require
from taskforge.access.roles import Role
from taskforge.config import Settings
from taskforge.db import MAX_ID, utcnow
from taskforge.errors import Conflict, FieldError, NotFound, ValidationFailed
from taskforge.extensions import db
from taskforge.secretbox import seal
from taskforge.unit_of_work import commit
from taskforge.webhooks import guard
from taskforge.webhooks.delivery import SECRET_PURPOSE
from taskforge.webhooks.events import envelope, message_id
from taskforge.webhooks.models import Webhook, WebhookDelivery
from taskforge.webhooks.schemas import DeliveryQuery, WebhookIn, WebhookUpdate

NO_WEBHOOK = "No webhook with that id."
NO_DELIVERY = "No delivery with that id."
MAX_WEBHOOKS = 20  # per project, and personal ones per person: each change is sent to each
MANAGE = Role.ADMIN


@dataclass(frozen=True)
class Page:
    items: list[WebhookDelivery]
    next_after: int | None


def new_secret() -> str:
    """A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def _check_url(url: str) -> None:
    """Raise ValidationFailed naming `url` when it may not be sent to (taskforge/webhooks/guard.py)."""
    settings: Settings = current_app.config["TASKFORGE"]
    try:
        guard.vet(url, allow_private=settings.webhook_allow_private)
    except guard.Refused as refused:
        raise ValidationFailed([FieldError(field="url", message=str(refused))]) from refused


def _manage(identity: Identity, project_id: int) -> None:
    """Raise NotFound or Forbidden unless the caller administers the project (archived ones too)."""
    require(identity, project_id, MANAGE, write=False, while_archived=True)


def _scope(project_id: int | None, user_id: int) -> tuple[ColumnElement[bool], ...]:
    """A project's webhooks, or (None) the person's personal ones."""
    if project_id is None:
        return (Webhook.project_id.is_(None), Webhook.user_id == user_id)
    return (Webhook.project_id == project_id,)


def create_webhook(*, identity: Identity, project_id: int | None, data: WebhookIn) -> tuple[Webhook, str]:
    """A new webhook (personal when `project_id` is None); return it and its secret, shown once. Raise
    NotFound, Forbidden, ValidationFailed (the URL) or Conflict (too many)."""
    if project_id is not None:
        _manage(identity, project_id)
    _check_url(data.url)
    count = db.session.execute(
        select(func.count()).select_from(Webhook).where(*_scope(project_id, identity.user_id))
    ).scalar_one()
    if count >= MAX_WEBHOOKS:
        db.session.rollback()
        raise Conflict(f"At most {MAX_WEBHOOKS} webhooks here; delete one first.")
    secret, now = new_secret(), utcnow()
    hook = Webhook(
        project_id=project_id,
        user_id=identity.user_id,
        url=data.url,
        events=sorted(set(data.events)),
        secret=seal(secret, purpose=SECRET_PURPOSE),
        created_at=now,
        updated_at=now,
    )
    db.session.add(hook)
    commit()
    return hook, secret


def list_webhooks(*, identity: Identity, project_id: int | None) -> list[Webhook]:
    """A project's webhooks (its admins), or the caller's personal ones; oldest first."""
    if project_id is not None:
        _manage(identity, project_id)
    found = list(
        db.session.execute(
            select(Webhook).where(*_scope(project_id, identity.user_id)).order_by(Webhook.id)
        ).scalars()
    )
    db.session.commit()
    return found


def _find(identity: Identity, webhook_id: int, *, lock: bool = False) -> Webhook:
    """A webhook the caller manages; raise NotFound or Forbidden."""
    if not 1 <= webhook_id <= MAX_ID:
        raise NotFound(NO_WEBHOOK)
    query = select(Webhook).where(Webhook.id == webhook_id)
    hook: Webhook | None = db.session.execute(
        query.with_for_update(key_share=True) if lock else query
    ).scalar_one_or_none()
    if hook is None or (hook.project_id is None and hook.user_id != identity.user_id):
        raise NotFound(NO_WEBHOOK)
    if hook.project_id is not None:
        if hook.project_id not in identity.grants:
            raise NotFound(NO_WEBHOOK)
        _manage(identity, hook.project_id)
    return hook


def get_webhook(*, identity: Identity, webhook_id: int) -> Webhook:
    """One webhook; raise NotFound or Forbidden."""
    hook = _find(identity, webhook_id)
    db.session.commit()
    return hook


def update_webhook(*, identity: Identity, webhook_id: int, data: WebhookUpdate) -> Webhook:
    """Change a webhook's URL, events or state; turning it on again clears why it was off. Raise NotFound,
    Forbidden or ValidationFailed."""
    hook = _find(identity, webhook_id)
    if data.url is not None:
        _check_url(data.url)
        hook.url = data.url
    if data.events is not None:
        hook.events = sorted(set(data.events))
    if data.active is not None:
        if data.active and not hook.active:
            hook.disabled_reason, hook.consecutive_failures = None, 0
        hook.active = data.active
    hook.updated_at = utcnow()
    commit()
    return hook


def delete_webhook(*, identity: Identity, webhook_id: int) -> None:
    """Delete a webhook and its delivery log; raise NotFound or Forbidden."""
    hook = _find(identity, webhook_id)
    db.session.delete(hook)
    commit()


def _queue(hook: Webhook, event: str, payload: dict[str, object], msg_id: str) -> WebhookDelivery:
    if not hook.active:
        db.session.rollback()
        raise Conflict("The webhook is off; turn it on (active: true) first.")
    now = utcnow()
    delivery = WebhookDelivery(
        webhook_id=hook.id,
        event=event,
        message_id=msg_id,
        payload=payload,
        status="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    db.session.add(delivery)
    commit()
    return delivery


def test_webhook(*, identity: Identity, webhook_id: int) -> WebhookDelivery:
    """Queue a `ping` through the outbox, after what is queued already; raise NotFound, Forbidden or
    Conflict (the webhook is off)."""
    hook = _find(identity, webhook_id, lock=True)
    payload = envelope("ping", {"webhook_id": hook.id, "project_id": hook.project_id}, at=utcnow())
    return _queue(hook, "ping", payload, message_id())


test_webhook.__test__ = False  # type: ignore[attr-defined]


def list_deliveries(*, identity: Identity, webhook_id: int, query: DeliveryQuery) -> Page:
    """A webhook's delivery log, newest first, keyset paged; raise NotFound or Forbidden."""
    _find(identity, webhook_id)
    rows = select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id)
    if query.after is not None:
        rows = rows.where(WebhookDelivery.id < query.after)
    found = list(
        db.session.execute(rows.order_by(WebhookDelivery.id.desc()).limit(query.per_page + 1)).scalars()
    )
    db.session.commit()
    more = len(found) > query.per_page
    found = found[: query.per_page]
    return Page(items=found, next_after=found[-1].id if more else None)


def redeliver(*, identity: Identity, webhook_id: int, delivery_id: int) -> WebhookDelivery:
    """Queue a delivery again (same message id and body, so receivers may deduplicate), after what is queued
    already; raise NotFound, Forbidden or Conflict (the webhook is off)."""
    hook = _find(identity, webhook_id, lock=True)
    original: WebhookDelivery | None = None
    if 1 <= delivery_id <= MAX_ID:
        original = db.session.execute(
            select(WebhookDelivery).where(
                WebhookDelivery.id == delivery_id, WebhookDelivery.webhook_id == webhook_id
            )
        ).scalar_one_or_none()
    if original is None:
        db.session.rollback()
        raise NotFound(NO_DELIVERY)
    return _queue(hook, original.event, original.payload, original.message_id)
