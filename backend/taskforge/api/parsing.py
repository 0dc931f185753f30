"""Turn a request's JSON body and query string into validated pydantic models, or typed 4xx errors."""

from __future__ import annotations

import json
import types
import typing
from typing import Any, TypeVar

from flask import current_app, g, request
from pydantic import BaseModel, ValidationError
from werkzeug.exceptions import RequestEntityTooLarge

from taskforge.errors import BadRequest, FieldError, UnsupportedMediaType, ValidationFailed

M = TypeVar("M", bound=BaseModel)


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def _number(text: str) -> int | float:
    """JSON has one number type: 2.0 is the integer 2 (as JSON Schema says); other fractions stay floats."""
    value = float(text)
    return int(value) if value.is_integer() else value


def _read_body() -> bytes:
    """The raw body; more than the request's limit (MAX_CONTENT_LENGTH unless the operation sets its own) is
    a 413 even when sent chunked (no Content-Length)."""
    limit = request.max_content_length or current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is None and request.environ.get("wsgi.input_terminated"):
        # Chunked: Werkzeug's limited stream stops quietly at the limit; the server's stream ends at the end.
        raw: bytes = request.environ["wsgi.input"].read(limit + 1)
    else:
        raw = request.stream.read(limit + 1)  # a Content-Length over the limit: Werkzeug raises 413 itself
    if len(raw) > limit:
        raise RequestEntityTooLarge()
    g.raw_body = raw  # read back by raw_body(), for the Idempotency-Key fingerprint
    return raw


def raw_body() -> bytes:
    """The body `parse_body` read for this request (empty when it read none)."""
    body: bytes = g.get("raw_body", b"")
    return body


def field_errors(error: ValidationError, *, prefix: str = "") -> list[FieldError]:
    """Name each failing field as a dotted path (`tasks[3].title`)."""
    result = []
    for item in error.errors(include_url=False):
        path = prefix
        for part in item["loc"]:
            path = f"{path}[{part}]" if isinstance(part, int) else (f"{path}.{part}" if path else str(part))
        message = item["msg"]
        if item["type"] == "value_error":
            message = message.removeprefix("Value error, ")
        result.append(FieldError(field=path or "body", message=message))
    return result


def _is_json(mimetype: str) -> bool:
    return mimetype == "application/json" or (
        mimetype.startswith("application/") and mimetype.endswith("+json")
    )


def parse_body(model: type[M], *, required: bool = True) -> M:
    """Validate the JSON object body; raise BadRequest, UnsupportedMediaType or ValidationFailed."""
    raw = _read_body()
    if not raw and not required:
        return model()
    if not _is_json(request.mimetype):
        raise UnsupportedMediaType("Send the body as application/json.")
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant, parse_float=_number)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadRequest(f"The body is not valid JSON: {_short(exc)}") from None
    if not isinstance(document, dict):
        raise BadRequest("The body must be a JSON object.")
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        raise ValidationFailed(field_errors(exc)) from None


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:200] + "..."


def _is_list_field(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    if origin in (list, tuple, set, frozenset):
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_is_list_field(arg) for arg in typing.get_args(annotation))
    if origin is typing.Annotated:
        return _is_list_field(typing.get_args(annotation)[0])
    return False


def list_fields(model: type[BaseModel]) -> frozenset[str]:
    """Names of the query fields that take repeated values (`?priority=1&priority=3`)."""
    return frozenset(
        info.alias or name for name, info in model.model_fields.items() if _is_list_field(info.annotation)
    )


def parse_query(model: type[M], repeated: frozenset[str]) -> M:
    """Validate the query string against `model`; a repeated single-valued parameter is a 422."""
    values: dict[str, Any] = {}
    errors: list[FieldError] = []
    for key in request.args:
        items = request.args.getlist(key)
        if key in repeated:
            values[key] = items
        elif len(items) > 1:
            errors.append(FieldError(field=key, message="must be given once"))
        else:
            values[key] = items[0]
    try:
        parsed = model.model_validate(values)
    except ValidationError as exc:
        errors.extend(field_errors(exc))
    if errors:
        raise ValidationFailed(errors)
    return parsed
