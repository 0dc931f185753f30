"""Build the OpenAPI 3.1 document from the registered operations and their pydantic models."""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

from flask import Flask
from pydantic import BaseModel
from pydantic.json_schema import JsonSchemaMode, models_json_schema

from taskforge.api.operations import SHARE_TOKEN, TRASH_ITEM, Operation, ResponseSpec
from taskforge.api.schemas import Problem
from taskforge.apitokens.scopes import SCOPES, required_scope
from taskforge.db import MAX_ID
from taskforge.idempotency.guard import KEY_PATTERN

REF = "#/components/schemas/{model}"
_CONVERTER = re.compile(r"<(?:(?P<conv>[a-z]+):)?(?P<name>\w+)>")
_PARAM_SCHEMAS = {
    "id": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    "share": {"type": "string", "pattern": f"^{SHARE_TOKEN}$"},
    "trash": {"type": "string", "pattern": f"^{TRASH_ITEM}$"},
}


def _path_and_params(rule: str) -> tuple[str, list[dict[str, Any]]]:
    params = [
        {
            "name": m["name"],
            "in": "path",
            "required": True,
            "schema": _PARAM_SCHEMAS.get(m["conv"] or "", {"type": "string"}),
        }
        for m in _CONVERTER.finditer(rule)
    ]
    return _CONVERTER.sub(lambda m: "{" + m["name"] + "}", rule), params


def _error_statuses(op: Operation, has_path_params: bool) -> list[int]:
    statuses = set(op.errors)
    if op.auth is not None:
        statuses.update({401, 429})  # the per-user API limit covers every authenticated operation
    if op.auth == "access":
        statuses.add(403)  # an API token without the operation's scope (or any token, where none may call it)
    if op.body is not None:
        statuses.update({400, 413, 415, 422})
    if op.query is not None:
        statuses.add(422)
    if has_path_params:
        statuses.add(404)
    if op.idempotent:
        statuses.update({400, 409, 422})
    if op.uses_database:
        statuses.add(503)
    return sorted(statuses)


_IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": False,
    "description": "The ETag last seen; the request fails with 412 when the resource has changed since.",
    "schema": {"type": "string"},
}
_IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "Any unique value (a UUID): a retry with the same key and the same request is answered "
    "with the first response (with `Idempotent-Replayed: true`) instead of writing again, for 24 hours. The "
    "same key with another request: 422; while the first is still being answered: 409.",
    "schema": {"type": "string", "pattern": KEY_PATTERN, "maxLength": 255},
}
_ERROR_HEADERS: dict[int, dict[str, Any]] = {
    401: {
        "WWW-Authenticate": {"description": "The Bearer challenge (RFC 6750).", "schema": {"type": "string"}}
    },
    503: {"Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "string"}}},
    429: {
        name: {"description": text, "schema": {"type": "string"}}
        for name, text in (
            ("Retry-After", "Seconds to wait before retrying."),
            ("RateLimit-Limit", "Requests allowed in the window of the limit that refused this one."),
            ("RateLimit-Remaining", "Requests left in that window."),
            ("RateLimit-Reset", "Seconds until that window ends."),
        )
    },
}


def _without_null(prop: dict[str, Any]) -> dict[str, Any]:
    """A query parameter is absent or has a value; `null` (pydantic's Optional) means nothing in a query."""
    variants = [v for v in prop.get("anyOf", []) if v != {"type": "null"}]
    if "anyOf" not in prop or len(variants) != 1:
        return dict(prop)
    result = {k: v for k, v in prop.items() if k not in {"anyOf", "default"}}
    result.update(variants[0])
    return result


class _DocumentBuilder:
    def __init__(self) -> None:
        self.models: list[tuple[type[BaseModel], JsonSchemaMode]] = [(Problem, "serialization")]
        self.refs: dict[tuple[Any, JsonSchemaMode], dict[str, Any]] = {}

    def collect(self, op: Operation) -> None:
        if op.body is not None:
            self.models.append((op.body, "validation"))
        for spec in op.responses.values():
            if spec.model is not None:
                self.models.append((spec.model, "serialization"))

    def components(self) -> dict[str, Any]:
        unique = list(dict.fromkeys(self.models))
        mapping, definitions = models_json_schema(unique, ref_template=REF)
        self.refs = dict(mapping)
        return dict(definitions.get("$defs", {}))

    def ref(self, model: type[BaseModel], mode: JsonSchemaMode) -> dict[str, Any]:
        return self.refs[(model, mode)]

    def query_parameters(self, model: type[BaseModel], schemas: dict[str, Any]) -> list[dict[str, Any]]:
        schema = model.model_json_schema(ref_template=REF)
        schemas.update(schema.pop("$defs", {}))
        required = set(schema.get("required", []))
        params = []
        for name, raw in schema.get("properties", {}).items():
            prop = _without_null(raw)
            description = prop.pop("description", None)
            prop.pop("title", None)
            param: dict[str, Any] = {
                "name": name,
                "in": "query",
                "required": name in required,
                "schema": prop,
            }
            if description:
                param["description"] = description
            if prop.get("type") == "array":
                param.update(style="form", explode=True)
            params.append(param)
        return params

    def responses(self, op: Operation, has_path_params: bool) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for status, spec in sorted(op.responses.items()):
            result[str(status)] = self._response(spec)
        if op.query is not None:
            result["414"] = {
                "description": "URI Too Long: the HTTP server refuses the request line before the app.",
                "content": {"text/html": {"schema": {"type": "string"}}},
            }
        for status in _error_statuses(op, has_path_params):
            result[str(status)] = {
                "description": HTTPStatus(status).phrase,
                "headers": _ERROR_HEADERS.get(status, {}),
                "content": {"application/problem+json": {"schema": self.ref(Problem, "serialization")}},
            }
        return result

    def _response(self, spec: ResponseSpec) -> dict[str, Any]:
        out: dict[str, Any] = {"description": spec.description}
        if spec.headers:
            out["headers"] = {
                name: {"description": text, "required": True, "schema": {"type": "string"}}
                for name, text in spec.headers.items()
            }
        content: dict[str, Any] = {}
        if spec.model is not None:
            content["application/json"] = {"schema": self.ref(spec.model, "serialization")}
        content.update({media_type: dict(entry) for media_type, entry in spec.other_content.items()})
        if content:
            out["content"] = content
        return out


def build_openapi(app: Flask, *, title: str, version: str) -> dict[str, Any]:
    """Return the OpenAPI 3.1 document for every view that carries an Operation."""
    builder = _DocumentBuilder()
    routes: list[tuple[str, str, str, Operation]] = []
    for rule in app.url_map.iter_rules():
        op: Operation | None = getattr(app.view_functions.get(rule.endpoint), "__operation__", None)
        if op is None:
            continue
        builder.collect(op)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            routes.append((rule.rule, method, rule.endpoint, op))
    schemas = builder.components()
    paths: dict[str, dict[str, Any]] = {}
    for rule_text, method, endpoint, op in sorted(routes):
        path, params = _path_and_params(rule_text)
        if op.query is not None:
            params += builder.query_parameters(op.query, schemas)
        if 412 in op.errors:
            params.append(_IF_MATCH)
        if op.idempotent:
            params.append(_IDEMPOTENCY_KEY)
        entry: dict[str, Any] = {
            "operationId": endpoint.replace(".", "_"),
            "summary": op.summary,
            "tags": list(op.tags),
            "responses": builder.responses(op, bool(_CONVERTER.search(rule_text))),
        }
        if op.description:
            entry["description"] = op.description
        if op.auth == "access":
            _declare_scope(entry, required_scope(op.tags, method, endpoint))
        if params:
            entry["parameters"] = params
        if op.body is not None:
            entry["requestBody"] = {
                "required": op.body_required,
                "content": {"application/json": {"schema": builder.ref(op.body, "validation")}},
            }
        entry.setdefault("security", [{"bearerAuth": []}] if op.auth is not None else [])
        paths.setdefault(path, {})[method.lower()] = entry
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version, "description": "The TaskForge REST API."},
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": "JWT",
                    "description": "A session's access token, from `POST /api/auth/login` (15 minutes).",
                },
                "apiToken": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": "tf_",
                    "description": _API_TOKEN,
                },
            },
        },
    }


_API_TOKEN = (
    "A personal API token for scripts (`tf_` and 43 characters, from `POST /api/auth/tokens`), sent as "
    "`Authorization: Bearer tf_...`. It works until it expires or is revoked, only for the operations its "
    "scopes allow: each operation lists the scope it needs in its `apiToken` security requirement and in "
    "`x-required-scope`; one without an `apiToken` requirement refuses every token. A token lacking the "
    "scope gets 403 with `required_scope`. Scopes: "
    + "; ".join(f"`{name}`: {text}" for name, text in SCOPES.items())
)


def _declare_scope(entry: dict[str, Any], scope: str | None) -> None:
    """Say which API token scope the operation needs, or that no token may call it.

    OpenAPI 3.1 lets a requirement of a non-OAuth2 scheme list the roles it needs, so the scope sits in the
    standard `security` array, where generators and linters read it; `x-required-scope` and a sentence
    repeat it for the tools and people that only read descriptions (Swagger UI shows scopes for OAuth2 only,
    and TaskForge has no OAuth2 flow to declare).
    """
    if scope is None:
        sentence = "API tokens cannot call this operation."
        entry["security"] = [{"bearerAuth": []}]
    else:
        sentence = f"An API token needs the `{scope}` scope."
        entry["security"] = [{"bearerAuth": []}, {"apiToken": [scope]}]
        entry["x-required-scope"] = scope
    entry["description"] = f"{entry['description']}\n\n{sentence}" if "description" in entry else sentence
