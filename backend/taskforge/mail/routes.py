"""The unsubscribe link every email carries. A mail client's one-click POST (RFC 8058) or the button on the
page a GET shows turns that kind of email off for its person; a GET alone changes nothing (mail scanners
follow links)."""

from __future__ import annotations

import html

from flask import Blueprint, Response, current_app
from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.operations import ResponseSpec, operation
from taskforge.auth.models import User
from taskforge.config import Settings
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.mail.letters import KIND_NAMES
from taskforge.mail.links import Unsubscribe, read_unsubscribe_token
from taskforge.notifications.schemas import NotificationSettingsUpdate
from taskforge.notifications.settings import update_settings

bp = Blueprint("email", __name__)
TAGS = ("notifications",)
_HTML = {"text/html": {"schema": {"type": "string"}}}
_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"


class UnsubscribeQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(
        min_length=1,
        max_length=200,
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="The token the email's link holds.",
    )


@bp.get("/unsubscribe")
@operation(
    summary="The page an email's unsubscribe link opens",
    description="Asks to confirm; changes nothing by itself (mail scanners open links).",
    tags=TAGS,
    auth=None,
    query=UnsubscribeQuery,
    responses={200: ResponseSpec(None, "An HTML page with a button that unsubscribes.", other_content=_HTML)},
    errors=(404, 429),
)
def confirm_page(query: UnsubscribeQuery) -> Response:
    found = _found(query.token)
    what = html.escape(KIND_NAMES[found.kind])
    return _page(
        f"<p>Stop the emails about {what}?</p>"
        f'<form method="post"><button type="submit">Stop these emails</button></form>'
    )


@bp.post("/unsubscribe")
@operation(
    summary="Turn one kind of email off (one-click unsubscribe, RFC 8058)",
    description="What the email's `List-Unsubscribe` header points to; mail clients POST "
    "`List-Unsubscribe=One-Click`. The other channels of that kind, and other kinds, are unchanged.",
    tags=TAGS,
    auth=None,
    query=UnsubscribeQuery,
    responses={200: ResponseSpec(None, "An HTML page saying it is done.", other_content=_HTML)},
    errors=(404, 429),
)
def unsubscribe(query: UnsubscribeQuery) -> Response:
    found = _found(query.token)
    update_settings(
        user_id=found.user_id,
        changes=NotificationSettingsUpdate.model_validate({found.kind: {"email": False}}),
    )
    settings: Settings = current_app.config["TASKFORGE"]
    link = html.escape(f"{settings.public_url}/settings") if settings.public_url else "/settings"
    return _page(
        f"<p>Done: no more emails about {html.escape(KIND_NAMES[found.kind])}.</p>"
        f'<p>You can turn them on again in your <a href="{link}">notification settings</a>.</p>'
    )


def _found(token: str) -> Unsubscribe:
    settings: Settings = current_app.config["TASKFORGE"]
    found = read_unsubscribe_token(settings.secret_key, token)
    if found is None or db.session.get(User, found.user_id) is None:
        db.session.rollback()
        raise NotFound("This unsubscribe link is not valid (or its account is gone).")
    return found


def _page(body: str) -> Response:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>TaskForge emails</title></head>"
        f'<body style="font-family: sans-serif; max-width: 36rem; margin: 3rem auto">{body}</body></html>'
    )
    response = Response(page, mimetype="text/html")
    response.headers["Content-Security-Policy"] = _CSP
    response.headers["Cache-Control"] = "no-store"
    return response
