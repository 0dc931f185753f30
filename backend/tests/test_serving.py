"""The real thing: `flask db upgrade` then gunicorn, driven over HTTP through the README's curl flow."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import requests

from tests.conftest import drop_database, recreate_database
from tests.live_server import live_server


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, tmp_path) -> Iterator[str]:
    database = None
    if request.param == "postgresql":
        database = recreate_database(
            f"postgresql+psycopg2://postgres@127.0.0.1:5432/taskforge_serving_{os.getpid()}"
        )
    try:
        with live_server(tmp_path, database_url=database) as running:
            yield running.url
    finally:
        if database:
            drop_database(database)


def test_readme_curl_flow(server):
    session = requests.Session()
    user = {"username": "ada", "email": "ada@example.com", "password": "analytical-engine"}
    registered = session.post(f"{server}/api/auth/register", json=user, timeout=10)
    assert registered.status_code == 201, registered.text

    login = session.post(
        f"{server}/api/auth/login", json={"username": "ada", "password": user["password"]}, timeout=10
    )
    assert login.status_code == 200
    session.headers["Authorization"] = f"Bearer {login.json()['access_token']}"

    created = session.post(
        f"{server}/api/tasks",
        json={"title": "Write the notes", "priority": 3, "due_date": "2030-01-01T09:00:00+01:00"},
        timeout=10,
    )
    assert created.status_code == 201
    task = created.json()
    assert task["due_date"] == "2030-01-01T08:00:00Z"
    assert created.headers["Location"].endswith(f"/api/tasks/{task['id']}")

    listed = session.get(f"{server}/api/tasks", timeout=10).json()
    assert [item["id"] for item in listed["items"]] == [task["id"]]

    updated = session.patch(
        f"{server}/api/tasks/{task['id']}",
        json={"completed": True},
        headers={"If-Match": created.headers["ETag"]},
        timeout=10,
    )
    assert updated.status_code == 200
    assert updated.json()["version"] == 2
    stale = session.patch(
        f"{server}/api/tasks/{task['id']}",
        json={"title": "late"},
        headers={"If-Match": created.headers["ETag"]},
        timeout=10,
    )
    assert stale.status_code == 412

    stats = session.get(f"{server}/api/stats", timeout=10).json()
    assert (stats["total"], stats["completed"], stats["completion_rate"]) == (1, 1, 1.0)

    assert session.delete(f"{server}/api/tasks/{task['id']}", timeout=10).status_code == 204
    assert session.get(f"{server}/api/tasks/{task['id']}", timeout=10).status_code == 404
    assert session.get(f"{server}/ready", timeout=10).json()["checks"]["database"] == "ok"
    docs = session.get(f"{server}/api/docs", timeout=10)
    assert docs.status_code == 200


def test_a_chunked_body_over_the_limit_is_413(server):
    token = _token(server)

    def chunks():
        yield b'{"title": "x"' + b" " * 1024
        for _ in range(3 * 1024):
            yield b" " * 1024
        yield b"}"

    response = requests.post(
        f"{server}/api/tasks",
        data=chunks(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        timeout=30,
    )
    assert response.status_code == 413
    listed = requests.get(f"{server}/api/tasks", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert listed.json()["total"] == 0


def _token(server: str) -> str:
    user = {"username": "chunky", "email": "chunky@example.com", "password": "long enough"}
    return str(requests.post(f"{server}/api/auth/register", json=user, timeout=10).json()["access_token"])
