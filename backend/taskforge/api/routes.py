"""Serve the OpenAPI document and the offline Swagger UI."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import click
import orjson
from flask import Blueprint, Response, current_app, send_from_directory

from taskforge.api.document import build_openapi

bp = Blueprint("api_docs", __name__, static_folder="static", static_url_path="/docs/static", cli_group=None)

_DOCS_HTML = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>TaskForge API</title>
  <link rel="stylesheet" href="/api/docs/swagger/css/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/swagger/js/swagger-ui-bundle.js"></script>
  <script src="/api/docs/static/docs.js"></script>
</body>
</html>
"""
_DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'"
)


def _swagger_assets() -> Path:
    spec = importlib.util.find_spec("flask_openapi3_swagger")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("flask-openapi3-swagger is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "templates" / "swagger"


@bp.get("/openapi.json")
def openapi_document() -> Response:
    body = current_app.extensions.get("taskforge_openapi")
    if body is None:
        document = build_openapi(current_app, title="TaskForge API", version="1.0.0")
        body = current_app.extensions["taskforge_openapi"] = orjson.dumps(document)
    return Response(body, mimetype="application/json")


@bp.cli.command("openapi")
def print_openapi() -> None:
    """Print the OpenAPI document (the SPA's types are generated from it)."""
    document = build_openapi(current_app, title="TaskForge API", version="1.0.0")
    click.echo(orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode())


@bp.get("/docs")
def docs() -> Response:
    response = Response(_DOCS_HTML, mimetype="text/html")
    response.headers["Content-Security-Policy"] = _DOCS_CSP
    return response


@bp.get("/docs/swagger/<path:filename>")
def swagger_asset(filename: str) -> Response:
    return send_from_directory(_swagger_assets(), filename, max_age=86400)
