"""The scope matrix: every scope against every endpoint, generated from the app's url_map and the scope
table, so an endpoint added later cannot escape it. A token with exactly the scope an operation needs gets
past authorization; any other token gets 403 naming that scope; operations no token may call (accounts,
tokens, sessions, two-factor authentication, notification settings, push subscriptions, unknown tags)
refuse every token."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from flask import Flask

from taskforge import create_app
from taskforge.apitokens.scopes import SCOPES, required_scope
from taskforge.extensions import db
from tests.conftest import FAST_HASHER, test_settings

MISSING_ID = "987654321"


def _operations(app: Flask) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(method, path, endpoint, tags) of every operation a session's access token may call."""
    found = []
    for rule in app.url_map.iter_rules():
        op = getattr(app.view_functions[rule.endpoint], "__operation__", None)
        if op is None or op.auth != "access":
            continue
        path = re.sub(r"<id:\w+>", MISSING_ID, rule.rule)
        path = re.sub(r"<trash:\w+>", f"task-{MISSING_ID}", path)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            found.append((method, path, rule.endpoint, op.tags))
    return sorted(found)


def _collect() -> list[tuple[str, str, str, tuple[str, ...]]]:
    # Collection needs the routes before any fixture runs: an app of its own, on a database it never opens.
    app = create_app(test_settings("sqlite://", Path(tempfile.gettempdir())), password_hasher=FAST_HASHER)
    with app.app_context():
        db.engine.dispose()
    return _operations(app)


OPERATIONS = _collect()


def test_the_matrix_covers_the_api():
    endpoints = {endpoint for _method, _path, endpoint, _tags in OPERATIONS}
    assert {"tasks.list_tasks", "projects.list_projects", "auth.me", "apitokens.create_token"} <= endpoints
    assert len(OPERATIONS) > 60


def test_the_scope_table_decides_each_area():
    assert required_scope(("tasks",), "GET", "tasks.list_tasks") == "tasks:read"
    assert required_scope(("comments",), "POST", "comments.x") == "tasks:write"
    assert required_scope(("sharing",), "DELETE", "sharing.x") == "projects:write"
    assert required_scope(("teams",), "GET", "teams.x") == "projects:read"
    assert required_scope(("webhooks",), "PATCH", "webhooks.x") == "webhooks"
    assert required_scope(("auth",), "GET", "auth.me") == "account:read"
    assert required_scope(("auth",), "PATCH", "auth.me") is None
    assert required_scope(("auth",), "GET", "auth.sessions") is None  # a new account endpoint: refused
    assert required_scope(("push",), "GET", "push.list_subscriptions") is None
    assert required_scope(("notifications",), "GET", "notifications.x") is None
    assert required_scope(("something-new",), "GET", "new.x") is None
    assert required_scope((), "GET", "untagged.x") is None


@pytest.mark.parametrize(
    ("method", "path", "endpoint", "tags"), OPERATIONS, ids=[f"{m} {p}" for m, p, _e, _t in OPERATIONS]
)
def test_each_scope_on_each_endpoint(client, user, issue, method, path, endpoint, tags):
    needed = required_scope(tags, method, endpoint)
    for scope in SCOPES:
        response = client.open(path, method=method, headers=issue(user, scope))
        body = response.get_json(silent=True) or {}
        assert response.status_code != 401, (scope, body)
        if scope == needed:
            assert "required_scope" not in body, (scope, body)  # past authorization (then 2xx, 4xx...)
        else:
            assert response.status_code == 403, (scope, response.status_code, body)
            assert body["required_scope"] == needed
            assert response.mimetype == "application/problem+json"
            if needed is None:
                assert body["detail"] == "API tokens cannot use this endpoint: sign in to the web app for it."
            else:
                assert body["detail"] == f"This token lacks the {needed} scope."
                assert response.headers["WWW-Authenticate"] == (
                    f'Bearer error="insufficient_scope", scope="{needed}"'
                )


def test_a_token_with_every_scope_still_never_manages_the_account(client, user, issue):
    headers = issue(user, *SCOPES)
    assert client.get("/api/auth/me", headers=headers).status_code == 200
    for method, path in (
        ("PATCH", "/api/auth/me"),
        ("GET", "/api/auth/tokens"),
        ("POST", "/api/auth/tokens"),
        ("DELETE", "/api/auth/tokens/1"),
        ("POST", "/api/auth/logout"),
        ("POST", "/api/auth/calendar-token"),
    ):
        response = client.open(path, method=method, headers=headers, json={})
        assert (response.status_code, response.get_json()["required_scope"]) == (403, None), (method, path)


def test_writes_and_reads_with_the_right_scopes(client, user, issue):
    writer = issue(user, "tasks:write")
    created = client.post("/api/tasks", json={"title": "from a script"}, headers=writer)
    assert created.status_code == 201
    reader = issue(user, "tasks:read")
    assert [t["title"] for t in client.get("/api/tasks", headers=reader).get_json()["items"]] == [
        "from a script"
    ]
    assert client.get("/api/projects", headers=reader).status_code == 403
    assert client.get("/api/projects", headers=issue(user, "projects:read")).status_code == 200


def test_the_openapi_document_declares_the_scheme_and_each_scope(client):
    document = client.get("/api/openapi.json").get_json()
    schemes = document["components"]["securitySchemes"]
    assert schemes["apiToken"]["scheme"] == "bearer"
    assert "tf_" in schemes["apiToken"]["description"]
    tasks = document["paths"]["/api/tasks"]
    assert tasks["get"]["security"] == [{"bearerAuth": []}, {"apiToken": ["tasks:read"]}]
    assert tasks["post"]["x-required-scope"] == "tasks:write"
    assert "403" in tasks["post"]["responses"]
    assert document["paths"]["/api/auth/tokens"]["post"]["security"] == [{"bearerAuth": []}]
    assert "x-required-scope" not in document["paths"]["/api/auth/tokens"]["post"]
    for path, item in document["paths"].items():
        for method, op in item.items():
            for requirement in op["security"]:
                for scope in requirement.get("apiToken", []):
                    assert scope in SCOPES, (method, path)
