"""`make run` on the zero-setup default (SQLite, no Redis): the web app is built and served at /, the web
server and the reminder worker start together, a reminder set through the API arrives in the inbox, and Ctrl-C
stops both."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta

import pytest
import requests

from tests.live_server import BACKEND, free_port

pytestmark = pytest.mark.slow
ROOT = BACKEND.parent


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_make_run_serves_the_api_and_delivers_reminders(tmp_path):
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "SECRET_KEY", "JWT_SECRET_KEY"}},
        "PORT": str(port),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'local.db'}",
        "TASKFORGE_INSTANCE_PATH": str(tmp_path),
        "WEB_CONCURRENCY": "2",
        "WORKER_POLL_SECONDS": "0.2",
    }
    process = subprocess.Popen(
        ["make", "--no-print-directory", "run"],
        cwd=ROOT,
        env=env,
        start_new_session=True,  # its own process group, as a terminal gives it
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # Building the web app comes first (npm ci too, on a checkout that has never installed it).
        deadline = time.monotonic() + 240
        while True:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            try:
                if requests.get(f"{base}/health", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "make run did not serve within 240 s"
            time.sleep(0.2)
        # The whole product: any page of the web app (history-API routing) answers the SPA.
        page = requests.get(f"{base}/tasks?page=2", timeout=10)
        assert page.status_code == 200, page.text
        assert '<div id="root"></div>' in page.text
        assert "script-src 'self'" in page.headers["Content-Security-Policy"]
        signup = {"username": "local", "email": "local@example.org", "password": "correct horse battery"}
        token = requests.post(f"{base}/api/auth/register", json=signup, timeout=10).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        soon = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
        created = requests.post(
            f"{base}/api/tasks",
            json={"title": "Call back", "reminders": [{"at": soon}]},
            headers=auth,
            timeout=10,
        )
        assert created.status_code == 201, created.text
        deadline = time.monotonic() + 30
        while not (inbox := requests.get(f"{base}/api/notifications", headers=auth, timeout=10).json())[
            "items"
        ]:
            assert time.monotonic() < deadline, "the reminder did not arrive within 30 s"
            time.sleep(0.2)
        assert [n["title"] for n in inbox["items"]] == ["Call back"]
    finally:
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C in the terminal
        _, stderr = process.communicate(timeout=60)
    deadline = time.monotonic() + 30
    while _group_alive(process.pid):
        assert time.monotonic() < deadline, "a process of make run outlived Ctrl-C"
        time.sleep(0.2)
    assert "worker: SIGINT" in stderr.decode() or "worker: SIGTERM" in stderr.decode(), stderr.decode()[
        -2000:
    ]
