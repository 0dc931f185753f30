"""Typed API errors and the one place that turns every error into application/problem+json (RFC 9457)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import orjson
from flask import Flask, Response
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from taskforge.http import request_id

PROBLEM_JSON = "application/problem+json"
DB_RETRY_AFTER_S = 5

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ApiError(Exception):
    """An error with an HTTP status that the problem handler renders."""

    status = 500
    title = "Internal Server Error"
    type = "about:blank"

    def __init__(self, detail: str | None = None, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.headers = headers or {}

    def extra(self) -> dict[str, Any]:
        return {}


class BadRequest(ApiError):
    status, title, type = 400, "Bad Request", "/problems/malformed-request"


class Unauthorized(ApiError):
    status, title, type = 401, "Unauthorized", "/problems/unauthorized"

    def __init__(self, detail: str = "Authentication is required.", *, error: str | None = None) -> None:
        challenge = "Bearer" if error is None else f'Bearer error="{error}"'
        super().__init__(detail, headers={"WWW-Authenticate": challenge})


class Forbidden(ApiError):
    """The caller may see the resource but not do this to it (their role, or an archived project)."""

    status, title, type = 403, "Forbidden", "/problems/forbidden"


class NotFound(ApiError):
    status, title, type = 404, "Not Found", "about:blank"


class Conflict(ApiError):
    status, title, type = 409, "Conflict", "/problems/conflict"


class PreconditionFailed(ApiError):
    status, title, type = 412, "Precondition Failed", "/problems/precondition-failed"


class Gone(ApiError):
    status, title, type = 410, "Gone", "/problems/gone"


class UnsupportedMediaType(ApiError):
    status, title, type = 415, "Unsupported Media Type", "/problems/unsupported-media-type"


class ValidationFailed(ApiError):
    status, title, type = 422, "Unprocessable Content", "/problems/validation-error"

    def __init__(self, errors: list[FieldError], detail: str | None = None) -> None:
        super().__init__(detail or "; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors

    def extra(self) -> dict[str, Any]:
        return {"errors": [{"field": e.field, "message": e.message} for e in self.errors]}


class ServiceUnavailable(ApiError):
    status, title, type = 503, "Service Unavailable", "/problems/service-unavailable"

    def __init__(self, detail: str = "The database is unreachable; retry shortly.") -> None:
        super().__init__(detail, headers={"Retry-After": str(DB_RETRY_AFTER_S)})


def problem_response(
    status: int,
    title: str,
    detail: str,
    *,
    type_: str = "about:blank",
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> Response:
    """Build an application/problem+json response carrying the request id."""
    body: dict[str, Any] = {
        "type": type_,
        "title": title,
        "status": status,
        "detail": detail,
        "request_id": _request_id(),
    }
    if extra:
        body.update(extra)
    response = Response(orjson.dumps(body), status=status, mimetype=PROBLEM_JSON)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _request_id() -> str:
    return request_id() or ""


def _render_api_error(error: ApiError) -> Response:
    return problem_response(
        error.status, error.title, error.detail, type_=error.type, headers=error.headers, extra=error.extra()
    )


def _render_http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    headers: dict[str, str] = {}
    if isinstance(error, MethodNotAllowed) and error.valid_methods:
        headers["Allow"] = ", ".join(sorted(error.valid_methods))
    detail = error.description or error.name
    if status == 413:
        detail = "The request body is larger than the limit."
    return problem_response(status, error.name, detail, headers=headers)


def _render_database_error(error: DBAPIError | PoolTimeoutError) -> Response:
    if isinstance(error, DBAPIError) and not _is_connectivity_error(error):
        log.exception("unexpected database error")
        return problem_response(500, "Internal Server Error", "An unexpected error occurred.")
    log.warning("database unavailable: %s", type(error).__name__)
    return _render_api_error(ServiceUnavailable())


# Deadlock detected, serialization failure: the transaction was rolled back and may simply be run again.
_TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})


def _is_connectivity_error(error: DBAPIError) -> bool:
    transient = getattr(error.orig, "pgcode", None) in _TRANSIENT_SQLSTATES
    return bool(error.connection_invalidated) or isinstance(error, OperationalError) or transient


def _render_unexpected(error: Exception) -> Response:
    log.exception("unhandled error", exc_info=error)
    return problem_response(500, "Internal Server Error", "An unexpected error occurred.")


def register_error_handlers(app: Flask) -> None:
    """Route every error class to its problem+json renderer."""
    app.register_error_handler(ApiError, _render_api_error)
    app.register_error_handler(HTTPException, _render_http_exception)
    app.register_error_handler(DBAPIError, _render_database_error)
    app.register_error_handler(PoolTimeoutError, _render_database_error)
    app.register_error_handler(Exception, _render_unexpected)
