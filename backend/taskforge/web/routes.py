"""Serve the built SPA: its files as they are, and index.html for every other page (history-API routing).

Vite content-hashes everything under /assets/, so those files never change and are cached for a year;
index.html (which names the current hashes) and the unhashed files (favicon.svg, ...) are revalidated on
every use. The server's own namespaces (/api, /health, /ready, /metrics) are not routed here at all, so an
unknown /api path keeps its 404 and a wrong method on an API path keeps its 405.
"""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, Response, current_app, send_from_directory
from flask.blueprints import BlueprintSetupState
from werkzeug.routing import PathConverter

from taskforge.config import Settings
from taskforge.errors import NotFound

# What a Vite build needs and nothing more: no inline scripts or styles, nothing from another origin.
SPA_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
_HASHED_DIR = "assets/"
# RFC 9239's type, whatever the machine's mime.types says; with nosniff a module script needs a JS type.
_MIMETYPES = {".js": "text/javascript", ".mjs": "text/javascript"}


class SpaPath(PathConverter):
    """Any path outside the server's own namespaces, which keep their own 404s and 405s."""

    regex = r"(?!(?:api|health|ready|metrics)(?:/|$))[^/].*?"


class SpaNotBuilt(NotFound):
    type = "/problems/spa-not-built"


bp = Blueprint("web", __name__)


@bp.record_once
def _register_converter(state: BlueprintSetupState) -> None:
    # Runs before the routes below are added: their rules compile with this converter.
    state.app.url_map.converters["spa_path"] = SpaPath


@bp.get("/", defaults={"path": ""})
@bp.get("/<spa_path:path>")
def spa(path: str) -> Response:
    """A file of the build, or index.html for a page path; NotFound for a missing file or an unbuilt SPA."""
    settings: Settings = current_app.config["TASKFORGE"]
    dist = settings.frontend_dist
    if not (dist / "index.html").is_file():
        # The detail names no server path: this answer is public wherever the backend runs without the SPA.
        raise SpaNotBuilt(
            "The web app is not built: `make run` builds it into frontend/dist (or set FRONTEND_DIST to a "
            "build). The API under /api works without it."
        )
    if _is_file_request(path):
        # send_from_directory joins with werkzeug's safe_join (`..` and absolute paths never leave dist) and
        # answers NotFound for anything that is not a regular file there (a directory, a name with NUL).
        response = send_from_directory(dist, path, mimetype=_MIMETYPES.get(Path(path).suffix))
        response.headers["Cache-Control"] = IMMUTABLE if path.startswith(_HASHED_DIR) else REVALIDATE
    else:
        response = send_from_directory(dist, "index.html")
        response.headers["Cache-Control"] = REVALIDATE
    response.headers["Content-Security-Policy"] = SPA_CSP
    return response


def _is_file_request(path: str) -> bool:
    """A path naming a file (its last segment has an extension, or it is under /assets/), not a page.

    A missing file must be a 404: answering index.html for /assets/old-hash.js would hand a stale tab HTML
    where it expects a script.
    """
    return path.startswith(_HASHED_DIR) or "." in path.rsplit("/", 1)[-1]
