"""Per-request plumbing: request ids and the headers every response carries."""

from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, has_request_context, request
from flask_cors import CORS
from werkzeug.middleware.proxy_fix import ProxyFix

from taskforge.config import Settings

_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def _assign_request_id() -> None:
    incoming = request.headers.get("X-Request-ID", "")
    g.request_id = incoming if _SANE_REQUEST_ID.match(incoming) else uuid.uuid4().hex


def request_id() -> str | None:
    """The id of the request being handled (None outside one): logs, problems and audit rows carry it."""
    if not has_request_context():
        return None
    found: str | None = g.get("request_id")
    return found


def _is_api(path: str) -> bool:
    return (path == "/api" or path.startswith("/api/")) and not path.startswith("/api/docs")


def _finish(response: Response) -> Response:
    response.headers["X-Request-ID"] = request_id() or ""
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    # JSON answers need nothing from a browser; pages that do (the API docs) set their own policy.
    response.headers.setdefault("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
    if _is_api(request.path):
        response.headers["Cache-Control"] = "no-store"
    return response


def register_request_hooks(app: Flask, settings: Settings) -> None:
    """Trust exactly the configured proxies, give every request an id (echoed back), apply CORS for the
    configured origins only, and give every response its security headers."""
    if settings.trusted_proxy_hops > 0:
        # A forged X-Forwarded-For from the client is ignored: only the last N hops' values are believed.
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxy_hops, x_proto=settings.trusted_proxy_hops
        )
    if settings.cors_origins:
        CORS(
            app,
            resources={r"/api/*": {"origins": list(settings.cors_origins)}},
            expose_headers=[
                "ETag",
                "Location",
                "X-Request-ID",
                "Retry-After",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
                "Idempotent-Replayed",
            ],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "X-Request-ID",
                "Idempotency-Key",
                "Last-Event-ID",
            ],
            max_age=600,
        )
    app.before_request(_assign_request_id)
    app.after_request(_finish)
