"""The SPA at /: its built files, index.html for every page path, and the server's own paths left alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from taskforge import create_app
from taskforge.config import Settings
from taskforge.extensions import db
from tests.conftest import FAST_HASHER, test_settings

INDEX = (
    b'<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head></html>'
)
SCRIPT = b"console.log('taskforge')\n"
SECRET = b"outside the build"
# The policy as written down for the SPA; the constant in taskforge/web must not drift from it.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
IMMUTABLE = "public, max-age=31536000, immutable"
MANIFEST = b'{"name": "TaskForge", "start_url": "/", "display": "standalone"}'
PNG = b"\x89PNG\r\n\x1a\n"


def build_dist(root: Path) -> Path:
    """A tiny Vite-shaped build, with a file beside it that no request may reach."""
    dist = root / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_bytes(INDEX)
    (dist / "assets" / "app-abc123.js").write_bytes(SCRIPT)
    (dist / "favicon.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"/>')
    (dist / "manifest.webmanifest").write_bytes(MANIFEST)
    (dist / "icons").mkdir()
    (dist / "icons" / "icon-192.png").write_bytes(PNG)
    (root / "secret.txt").write_bytes(SECRET)
    return dist


class ClosingClient(FlaskClient):
    """Reads and closes every answer, as a WSGI server does: a file answer holds its file open until then."""

    def open(self, *args: Any, **kwargs: Any) -> TestResponse:
        response = super().open(*args, **kwargs)
        response.get_data()
        response.close()
        return response


@pytest.fixture
def make_app(database_url: str, tmp_path: Path) -> Iterator[Callable[[Path], Flask]]:
    apps: list[Flask] = []

    def make(dist: Path) -> Flask:
        settings = test_settings(database_url, tmp_path / "instance", frontend_dist=dist)
        app = create_app(settings, password_hasher=FAST_HASHER)
        app.test_client_class = ClosingClient
        apps.append(app)
        return app

    yield make
    for app in apps:
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def web(make_app: Callable[[Path], Flask], tmp_path: Path) -> FlaskClient:
    return make_app(build_dist(tmp_path)).test_client()


def assert_problem(response, status: int) -> None:
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == status
    assert INDEX not in response.data


@pytest.mark.parametrize("path", ["/", "/tasks/42", "/dashboard?x=1", "/tasks/", "/settings/profile/edit"])
def test_pages_get_index_html_revalidated_with_the_strict_policy(web, path):
    response = web.get(path)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.data == INDEX
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["Content-Security-Policy"] == CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_hashed_assets_are_cached_for_a_year(web):
    response = web.get("/assets/app-abc123.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.data == SCRIPT
    assert response.headers["Cache-Control"] == IMMUTABLE
    assert response.headers["Content-Security-Policy"] == CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_unhashed_files_are_revalidated(web):
    response = web.get("/favicon.svg")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    assert response.headers["Cache-Control"] == "no-cache"


@pytest.mark.parametrize(
    ("path", "mimetype", "body"),
    [
        ("/manifest.webmanifest", "application/manifest+json", MANIFEST),
        ("/icons/icon-192.png", "image/png", PNG),
    ],
)
def test_the_install_manifest_and_icons_are_served_with_their_types(web, path, mimetype, body):
    """Browsers install the app only from a manifest they fetch as JSON (nosniff: its type must be right)."""
    response = web.get(path)
    assert response.status_code == 200
    assert response.mimetype == mimetype
    assert response.data == body
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_revalidation_of_an_unchanged_page_is_304(web):
    etag = web.get("/tasks/1").headers["ETag"]
    response = web.get("/tasks/2", headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.headers["Cache-Control"] == "no-cache"


@pytest.mark.parametrize(
    "path", ["/assets/nope.js", "/assets/nope", "/assets/", "/nope.png", "/tasks/old.js"]
)
def test_missing_files_are_404_not_index_html(web, path):
    assert_problem(web.get(path), 404)


@pytest.mark.parametrize(
    "path", ["/api/nope", "/api", "/api/", "/api/tasks/1/nope", "/health/x", "/ready/x", "/metrics/x"]
)
def test_the_servers_own_paths_keep_their_404(web, path):
    response = web.get(path)
    assert_problem(response, 404)
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_an_unknown_api_path_stays_no_store(web):
    assert web.get("/api/nope").headers["Cache-Control"] == "no-store"


def test_the_servers_own_paths_still_answer(web):
    assert web.get("/health").json == {"status": "ok"}
    assert web.get("/api/openapi.json").json["openapi"] == "3.1.0"
    docs = web.get("/api/docs")
    assert docs.status_code == 200
    assert "'unsafe-inline'" in docs.headers["Content-Security-Policy"]  # the docs keep their own policy


@pytest.mark.parametrize(
    "path",
    [
        "/assets/../../secret.txt",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/assets/..%2f..%2fsecret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/assets/%00.js",
    ],
)
def test_paths_never_leave_the_build(web, path):
    response = web.get(path)
    assert_problem(response, 404)
    assert SECRET not in response.data


@pytest.mark.parametrize(("path", "body"), [("/tasks/42", INDEX), ("/assets/app-abc123.js", SCRIPT)])
def test_head(web, path, body):
    response = web.head(path)
    assert response.status_code == 200
    assert response.data == b""
    assert response.headers["Content-Length"] == str(len(body))
    assert response.headers["Content-Security-Policy"] == CSP


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/", "/tasks/42", "/assets/app-abc123.js"])
def test_other_methods_on_spa_paths_are_405(web, method, path):
    response = web.open(path, method=method)
    assert_problem(response, 405)
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_api_method_answers_are_unchanged(web, method):
    assert_problem(web.open("/api/nope", method=method), 404)  # not 405: the SPA's rule never matches /api
    if method == "POST":
        wrong = web.post("/api/tasks/1")
        assert_problem(wrong, 405)
        assert "PATCH" in wrong.headers["Allow"]  # the API's own rule, not the SPA's


@pytest.mark.parametrize("build", ["missing", "no-index"])
@pytest.mark.parametrize("path", ["/", "/tasks/42", "/assets/app-abc123.js"])
def test_an_unbuilt_spa_is_a_404_that_says_how_to_build_it(make_app, tmp_path, build, path):
    dist = tmp_path / "dist"
    if build == "no-index":
        (dist / "assets").mkdir(parents=True)
        (dist / "assets" / "app-abc123.js").write_bytes(SCRIPT)
    client = make_app(dist).test_client()
    response = client.get(path)
    assert_problem(response, 404)
    assert response.json["type"] == "/problems/spa-not-built"
    assert "make run" in response.json["detail"]
    assert str(tmp_path) not in response.json["detail"]  # no server paths in a public answer
    assert client.get("/health").status_code == 200
    assert_problem(client.get("/api/nope"), 404)


def test_frontend_dist_comes_from_the_environment(tmp_path):
    default = Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path)})
    assert default.frontend_dist == Path(__file__).resolve().parents[3] / "frontend" / "dist"
    chosen = Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path), "FRONTEND_DIST": str(tmp_path)})
    assert chosen.frontend_dist == tmp_path.resolve()


def test_nginx_sends_the_same_policy():
    """The image's nginx (frontend/nginx.conf) and Flask serve one SPA: they must send one policy."""
    conf = (Path(__file__).resolve().parents[3] / "frontend" / "nginx.conf").read_text()
    policies = [
        line.split("Content-Security-Policy", 1)[1].strip().removesuffix("always;").strip().strip('"')
        for line in conf.splitlines()
        if "add_header Content-Security-Policy" in line
    ]
    assert policies
    assert set(policies) == {CSP}
