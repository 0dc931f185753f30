"""HTTP endpoints for webhooks: a project's (its admins) and a person's own, their delivery log, a test ping
and redelivery. How deliveries are signed and sent: taskforge/webhooks/sender.py."""

from __future__ import annotations

from flask import Blueprint, Response

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.webhooks import service
from taskforge.webhooks.schemas import (
    DeliveryOut,
    DeliveryPage,
    DeliveryQuery,
    WebhookCreated,
    WebhookIn,
    WebhookList,
    WebhookOut,
    WebhookUpdate,
)

bp = Blueprint("webhooks", __name__)
TAGS = ("webhooks",)
SIGNING = (
    " Each delivery is a JSON POST `{type, timestamp, data}` signed as Standard Webhooks defines "
    "(`webhook-id`, `webhook-timestamp`, `webhook-signature`: HMAC-SHA256 with the secret), sent in order, "
    "retried with exponential backoff for 24 hours; redirects are not followed. A webhook whose delivery "
    "fails for 24 hours is turned off and its owner notified."
)


def _created(identity: Identity, project_id: int | None, body: WebhookIn) -> Response:
    hook, secret = service.create_webhook(identity=identity, project_id=project_id, data=body)
    shown = WebhookOut.model_validate(hook).model_dump()
    created = WebhookCreated.model_validate({**shown, "secret": secret})
    return json_response(created, status=201)


def _listed(identity: Identity, project_id: int | None) -> Response:
    found = service.list_webhooks(identity=identity, project_id=project_id)
    return json_response(WebhookList(items=[WebhookOut.model_validate(hook) for hook in found]))


@bp.get("/projects/<id:project_id>/webhooks")
@operation(
    summary="A project's webhooks",
    description="For the project's admins and owner.",
    tags=TAGS,
    errors=(403, 404),
    responses={200: ResponseSpec(WebhookList, "Oldest first.")},
)
def list_project_webhooks(identity: Identity, project_id: int) -> Response:
    return _listed(identity, project_id)


@bp.post("/projects/<id:project_id>/webhooks")
@operation(
    summary="Add a webhook to a project",
    description="For the project's admins and owner: the events of the project's tasks and comments. The "
    "URL must reach public addresses only." + SIGNING,
    tags=TAGS,
    body=WebhookIn,
    errors=(403, 404, 409),
    responses={201: ResponseSpec(WebhookCreated, "Added; its secret is shown only now.")},
)
def create_project_webhook(identity: Identity, project_id: int, body: WebhookIn) -> Response:
    return _created(identity, project_id, body)


@bp.get("/webhooks")
@operation(
    summary="The caller's personal webhooks",
    description="Personal webhooks hear of every project the caller owns (their Inbox too), not those "
    "shared with them; a project's own webhooks are listed with the project.",
    tags=TAGS,
    responses={200: ResponseSpec(WebhookList, "Oldest first.")},
)
def list_personal_webhooks(identity: Identity) -> Response:
    return _listed(identity, None)


@bp.post("/webhooks")
@operation(
    summary="Add a personal webhook",
    description="It hears of every project the caller owns at the time of each change." + SIGNING,
    tags=TAGS,
    body=WebhookIn,
    errors=(409,),
    responses={201: ResponseSpec(WebhookCreated, "Added; its secret is shown only now.")},
)
def create_personal_webhook(identity: Identity, body: WebhookIn) -> Response:
    return _created(identity, None, body)


@bp.get("/webhooks/<id:webhook_id>")
@operation(
    summary="A webhook",
    tags=TAGS,
    errors=(403, 404),
    responses={200: ResponseSpec(WebhookOut, "The webhook (never its secret).")},
)
def get_webhook(identity: Identity, webhook_id: int) -> Response:
    hook = service.get_webhook(identity=identity, webhook_id=webhook_id)
    return json_response(WebhookOut.model_validate(hook))


@bp.patch("/webhooks/<id:webhook_id>")
@operation(
    summary="Change a webhook",
    description="Its URL, events, or whether it is on (`active: true` turns a disabled one on again; what "
    "was queued is then sent).",
    tags=TAGS,
    body=WebhookUpdate,
    errors=(403, 404),
    responses={200: ResponseSpec(WebhookOut, "Changed.")},
)
def update_webhook(identity: Identity, webhook_id: int, body: WebhookUpdate) -> Response:
    hook = service.update_webhook(identity=identity, webhook_id=webhook_id, data=body)
    return json_response(WebhookOut.model_validate(hook))


@bp.delete("/webhooks/<id:webhook_id>")
@operation(
    summary="Delete a webhook",
    tags=TAGS,
    errors=(403, 404),
    responses={204: ResponseSpec(None, "Deleted, with its delivery log and what was queued.")},
)
def delete_webhook(identity: Identity, webhook_id: int) -> Response:
    service.delete_webhook(identity=identity, webhook_id=webhook_id)
    return Response(status=204)


@bp.post("/webhooks/<id:webhook_id>/test")
@operation(
    summary="Send a test event",
    description="Queues a `ping` event through the same outbox, after what is queued already.",
    tags=TAGS,
    errors=(403, 404, 409),
    idempotent=True,
    responses={202: ResponseSpec(DeliveryOut, "Queued.")},
)
def test_webhook(identity: Identity, webhook_id: int) -> Response:
    delivery = service.test_webhook(identity=identity, webhook_id=webhook_id)
    return json_response(DeliveryOut.model_validate(delivery), status=202)


@bp.get("/webhooks/<id:webhook_id>/deliveries")
@operation(
    summary="A webhook's delivery log",
    tags=TAGS,
    query=DeliveryQuery,
    errors=(403, 404),
    responses={200: ResponseSpec(DeliveryPage, "Newest first.")},
)
def list_deliveries(identity: Identity, webhook_id: int, query: DeliveryQuery) -> Response:
    page = service.list_deliveries(identity=identity, webhook_id=webhook_id, query=query)
    items = [DeliveryOut.model_validate(delivery) for delivery in page.items]
    return json_response(DeliveryPage(items=items, next_after=page.next_after))


@bp.post("/webhooks/<id:webhook_id>/deliveries/<id:delivery_id>/redeliver")
@operation(
    summary="Send a delivery again",
    description="Queues its event again with the same `webhook-id` (receivers deduplicate on it) and body, "
    "after what is queued already.",
    tags=TAGS,
    errors=(403, 404, 409),
    idempotent=True,
    responses={202: ResponseSpec(DeliveryOut, "Queued.")},
)
def redeliver(identity: Identity, webhook_id: int, delivery_id: int) -> Response:
    delivery = service.redeliver(identity=identity, webhook_id=webhook_id, delivery_id=delivery_id)
    return json_response(DeliveryOut.model_validate(delivery), status=202)
