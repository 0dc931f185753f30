"""The real thing: `flask db upgrade` then gunicorn, driven over HTTP through the README's curl flow."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.conftest import drop_database, recreate_database

BACKEND = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"gunicorn exited with {process.returncode}")
        try:
            if requests.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or workers still booting
            time.sleep(0.2)
    raise AssertionError("gunicorn did not answer within 30 s")


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, tmp_path) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "JWT_SECRET_KEY"}}
    env.update(
        TASKFORGE_INSTANCE_PATH=str(tmp_path), HOST="127.0.0.1", PORT=str(_free_port()), WEB_CONCURRENCY="2"
    )
    database = None
    if request.param == "postgresql":
        database = recreate_database(
            f"postgresql+psycopg2://postgres@127.0.0.1:5432/taskforge_serving_{os.getpid()}"
        )
        env["DATABASE_URL"] = database
    subprocess.run(
        [BIN / "flask", "--app", "wsgi", "db", "upgrade"],
        cwd=BACKEND,
        env=env,
        check=True,
        capture_output=True,
    )
    process = subprocess.Popen(
        [BIN / "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
        cwd=BACKEND,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{env['PORT']}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stderr:
            process.stderr.close()
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
