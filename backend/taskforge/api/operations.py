"""The `operation` decorator: one place that authenticates, parses and documents every API endpoint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, Literal

from flask import Response, current_app, request
from pydantic import BaseModel
from werkzeug.routing import BaseConverter, IntegerConverter

from taskforge.api.parsing import list_fields, parse_body, parse_query
from taskforge.apitokens.scopes import authorize
from taskforge.auth.bearer import authenticate
from taskforge.idempotency.guard import idempotently

Auth = Literal["access", "refresh"] | None


@dataclass(frozen=True)
class ResponseSpec:
    """A documented response: its model (None for an empty body), description and headers."""

    model: type[BaseModel] | None
    description: str
    headers: Mapping[str, str] = field(default_factory=dict)
    # Other media types the response may come in (`text/csv`), each with its schema.
    other_content: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class Operation:
    """What the OpenAPI document says about one endpoint; attached to its view function."""

    summary: str
    tags: tuple[str, ...]
    responses: Mapping[int, ResponseSpec]
    description: str | None = None
    query: type[BaseModel] | None = None
    body: type[BaseModel] | None = None
    body_required: bool = True
    auth: Auth = "access"
    errors: tuple[int, ...] = ()
    uses_database: bool = True
    body_limit: str | None = None
    idempotent: bool = False


def operation(
    *,
    summary: str,
    tags: tuple[str, ...],
    responses: Mapping[int, ResponseSpec],
    description: str | None = None,
    query: type[BaseModel] | None = None,
    body: type[BaseModel] | None = None,
    body_required: bool = True,
    auth: Auth = "access",
    errors: tuple[int, ...] = (),
    uses_database: bool = True,
    body_limit: str | None = None,
    idempotent: bool = False,
) -> Callable[[Callable[..., Response]], Callable[..., Response]]:
    """Authenticate (before anything else), check an API token's scope, parse query and body into models,
    and record the operation.

    An authenticated view receives the caller as `identity`, and passes it on to the services it calls.
    `body_limit` names the config key of a body size limit other than MAX_CONTENT_LENGTH; `idempotent`
    honours an Idempotency-Key header (a write whose response holds no secret).
    """
    op = Operation(
        summary=summary,
        tags=tags,
        responses=responses,
        description=description,
        query=query,
        body=body,
        body_required=body_required,
        auth=auth,
        errors=errors,
        uses_database=uses_database,
        body_limit=body_limit,
        idempotent=idempotent,
    )
    repeated = list_fields(query) if query is not None else frozenset()

    def decorate(view: Callable[..., Response]) -> Callable[..., Response]:
        @wraps(view)
        def handle(**kwargs: Any) -> Response:
            if auth is not None:
                identity = kwargs["identity"] = authenticate(auth)
                # A personal API token only reaches what its scopes allow (403 naming the scope it lacks).
                authorize(identity.scopes, tags=tags, method=request.method, endpoint=request.endpoint or "")
            if query is not None:
                kwargs["query"] = parse_query(query, repeated)
            if body is not None:
                if body_limit is not None:
                    request.max_content_length = current_app.config[body_limit]
                kwargs["body"] = parse_body(body, required=body_required)
            if idempotent:
                return idempotently(lambda: view(**kwargs), user_id=kwargs["identity"].user_id)
            return view(**kwargs)

        handle.__operation__ = op  # type: ignore[attr-defined]
        return handle

    return decorate


def json_response(
    payload: BaseModel, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """Serialise a response model straight to JSON bytes."""
    response = Response(
        payload.__pydantic_serializer__.to_json(payload), status=status, mimetype="application/json"
    )
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


class IdConverter(IntegerConverter):
    """A positive id of at most 19 digits; anything else (0, -1, abc, 20 digits) matches no route: 404.

    Values above BIGINT's maximum still match (so every method answers 404, never 405); the services'
    lookups treat them as missing.
    """

    regex = r"[1-9][0-9]{0,18}"


SHARE_TOKEN = r"tfshare_[A-Za-z0-9_-]{43}"  # noqa: S105 - the shape of a token, not a token


class ShareTokenConverter(BaseConverter):
    """A read-only link's secret; anything else matches no route (404, as a revoked link)."""

    regex = SHARE_TOKEN


TRASH_ITEM = r"(?:task|project)-[1-9][0-9]{0,18}"


class TrashItemConverter(BaseConverter):
    """An item of the trash: documented as `task-<id>` or `project-<id>`; any other segment reaches the view,
    which answers it exactly as a missing id (trash/service.py)."""

    regex = r"[^/]{1,200}"
