"""Per-request plumbing: request ids and the headers every response carries."""

from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, request

_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def _assign_request_id() -> None:
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _SANE_REQUEST_ID.match(incoming) else uuid.uuid4().hex


def _finish(response: Response) -> Response:
    response.headers["X-Request-ID"] = g.get("request_id", "")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if request.path.startswith("/api/") and not request.path.startswith("/api/docs"):
        response.headers["Cache-Control"] = "no-store"
        response.headers.setdefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
    return response


def register_request_hooks(app: Flask) -> None:
    """Give every request an id (echoed back) and every response its security headers."""
    app.before_request(_assign_request_id)
    app.after_request(_finish)
