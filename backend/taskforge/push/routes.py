"""HTTP endpoints for Web Push: the server's public key, and the caller's subscribed browsers."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.config import Settings
from taskforge.errors import NotFound
from taskforge.push import service
from taskforge.push.keys import public_key_of
from taskforge.push.schemas import PushKey, PushSubscriptionIn, PushSubscriptionList, PushSubscriptionOut

bp = Blueprint("push", __name__)
TAGS = ("push",)


def _settings() -> Settings:
    """The server's settings; raise NotFound when Web Push is not set up on it (no VAPID key)."""
    settings: Settings = current_app.config["TASKFORGE"]
    if not settings.push_enabled:
        raise NotFound("Web Push is not set up on this server (VAPID_PRIVATE_KEY).")
    return settings


@bp.get("/key")
@operation(
    summary="The server's VAPID public key",
    description="Pass it as `applicationServerKey` to `pushManager.subscribe()`. 404 when the server has no "
    "VAPID key (push is off there).",
    tags=TAGS,
    uses_database=False,
    errors=(404,),
    responses={200: ResponseSpec(PushKey, "The key, base64url.")},
)
def get_key(identity: Identity) -> Response:
    return json_response(PushKey(public_key=public_key_of(_settings().vapid_private_key)))


@bp.get("/subscriptions")
@operation(
    summary="The caller's subscribed browsers",
    tags=TAGS,
    responses={200: ResponseSpec(PushSubscriptionList, "Oldest first.")},
)
def list_subscriptions(identity: Identity) -> Response:
    found = service.list_subscriptions(user_id=identity.user_id)
    return json_response(PushSubscriptionList(items=[PushSubscriptionOut.model_validate(s) for s in found]))


@bp.post("/subscriptions")
@operation(
    summary="Subscribe this browser to the caller's notifications",
    description="The body is the browser's `PushSubscription.toJSON()`. Subscribing a browser again updates "
    "it (201 the first time, 200 after); a browser someone else subscribed before is theirs no longer. "
    "Which kinds are pushed: `/api/auth/me/notification-settings`.",
    tags=TAGS,
    body=PushSubscriptionIn,
    errors=(404,),
    responses={
        201: ResponseSpec(PushSubscriptionOut, "Subscribed."),
        200: ResponseSpec(PushSubscriptionOut, "Subscribed already; updated."),
    },
)
def subscribe(identity: Identity, body: PushSubscriptionIn) -> Response:
    subscription, new = service.subscribe(
        user_id=identity.user_id,
        data=body,
        user_agent=request.headers.get("User-Agent"),
        production=_settings().is_production,
    )
    return json_response(PushSubscriptionOut.model_validate(subscription), status=201 if new else 200)


@bp.delete("/subscriptions/<id:subscription_id>")
@operation(
    summary="Unsubscribe a browser",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Unsubscribed; what was on its way to it is dropped.")},
)
def unsubscribe(identity: Identity, subscription_id: int) -> Response:
    service.unsubscribe(user_id=identity.user_id, subscription_id=subscription_id)
    return Response(status=204)
