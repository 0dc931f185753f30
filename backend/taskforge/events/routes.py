"""HTTP endpoints for real-time updates: the event stream and its tickets."""

from __future__ import annotations

import time
from collections.abc import Callable

from flask import Blueprint, Response, current_app, request, stream_with_context

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.apitokens.scopes import authorize
from taskforge.auth.bearer import authenticate, still_live
from taskforge.changes import cursor as cursors
from taskforge.config import Settings
from taskforge.errors import ServiceUnavailable, Unauthorized
from taskforge.events import tickets
from taskforge.events.hub import events_hub
from taskforge.events.schemas import EventsQuery, TicketOut
from taskforge.events.stream import Timing, changes_stream
from taskforge.extensions import db

bp = Blueprint("events", __name__)
# Each event of the stream, as Server-Sent Events parse it (`data` holds JSON).
SSE_EVENT = {
    "type": "object",
    "required": ["event", "data"],
    "properties": {
        "event": {"enum": ["ready", "change", "reset", "expired"]},
        "data": {"type": "string", "contentMediaType": "application/json"},
        "id": {"type": "string", "description": "The feed's cursor, on the last event of each batch."},
        "retry": {"type": "integer"},
    },
}
TAGS = ("events",)
_TICKET_STREAM_S = 3600.0  # a ticket's stream ends after an hour; the browser reconnects with a new ticket


@bp.post("/events/ticket")
@operation(
    summary="A single-use ticket for opening the event stream from a browser",
    tags=TAGS,
    responses={201: ResponseSpec(TicketOut, "The ticket.")},
)
def issue_ticket(identity: Identity) -> Response:
    ticket = tickets.issue(user_id=identity.user_id)
    return json_response(
        TicketOut(ticket=ticket, expires_in=int(tickets.TICKET_LIFETIME.total_seconds())), 201
    )


@bp.get("/events")
@operation(
    summary="The caller's changes as they happen (Server-Sent Events)",
    description="A `text/event-stream`: `change` events (each a `ChangeOut` of `GET /api/changes`, with the "
    "task, section or project as it is now, or a tombstone) as changes to anything the caller may see commit "
    "on any server; the last event of each batch carries the feed's cursor as its id. A comment every 15 s "
    "when nothing happens, `reset` "
    "when the changes after `Last-Event-ID` are no longer kept (reload, then follow), and `expired` when the "
    "credential that opened it ran out (reconnect with a new one). Reconnecting with `Last-Event-ID` "
    "(which EventSource sends by itself) replays what was missed. Authenticate with a Bearer access token, "
    "a personal API token with the `tasks:read` scope (its stream ends after an hour at most: reconnect) "
    "or, from a browser's EventSource, with `?ticket=` from `POST /api/events/ticket` (a session's: API "
    "tokens get no tickets, which could not carry their scopes).",
    tags=TAGS,
    auth=None,
    query=EventsQuery,
    responses={
        200: ResponseSpec(None, "The stream.", other_content={"text/event-stream": {"schema": SSE_EVENT}})
    },
    errors=(401, 403, 429, 503),
)
def stream(query: EventsQuery) -> Response:
    settings: Settings = current_app.config["TASKFORGE"]
    if not settings.event_streams:
        # A sync worker (the API server) would be held by the stream until gunicorn's timeout killed it.
        raise ServiceUnavailable("Event streams are served by the events server, not this one.")
    if query.ticket is not None:
        user_id = tickets.redeem(query.ticket)
        if user_id is None:
            raise Unauthorized("The ticket is invalid, expired or used.", error="invalid_token")
        deadline = time.monotonic() + _TICKET_STREAM_S
        still_valid: Callable[[], bool] = lambda: True  # noqa: E731 - a deleted account ends it anyway
    else:
        identity = authenticate("access")
        authorize(identity.scopes, tags=TAGS, method="GET", endpoint="events.stream")
        user_id, expiry = identity.user_id, identity.claims["exp"]
        if identity.scopes is not None:  # an API token: at most an hour, as a ticket's
            an_hour = time.time() + _TICKET_STREAM_S
            expiry = an_hour if expiry is None else min(expiry, an_hour)
        deadline = time.monotonic() + max(0.0, float(expiry) - time.time())

        def still_valid() -> bool:
            try:
                return still_live(identity)
            finally:
                db.session.remove()

    db.session.remove()
    last = request.headers.get("Last-Event-ID", "")
    cursor = last if len(last) <= cursors.MAX_LENGTH and cursors.decode(last) is not None else None
    timing = Timing(
        heartbeat_s=settings.events_heartbeat_s,
        fallback_poll_s=settings.events_fallback_poll_s,
        retry_ms=3000,
    )
    hub = events_hub()
    assert hub is not None, "create_app registers the hub"
    body = changes_stream(
        hub=hub, user_id=user_id, cursor=cursor, timing=timing, still_valid=still_valid, deadline=deadline
    )
    response = Response(stream_with_context(body), mimetype="text/event-stream")
    response.headers["X-Accel-Buffering"] = "no"  # nginx: pass each event on at once
    return response
