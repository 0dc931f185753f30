"""PostgreSQL restarted mid-load (fast, then immediate, like a crash): only 503 + Retry-After during the
outage, recovery within seconds, and every acknowledged write is there afterwards."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from flask import Flask

from taskforge import create_app
from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.projects.service import create_inbox
from taskforge.tasks.models import Task
from tests.conftest import FAST_HASHER, migrate_to_head, test_settings
from tests.factories import token
from tests.pg_server import PostgresServer

WRITERS = 4


@pytest.fixture
def own_postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def app_on_own_postgres(own_postgres, tmp_path) -> Iterator[Flask]:
    app = create_app(
        test_settings(own_postgres.url, tmp_path, api_rate_limit="100000/minute"), password_hasher=FAST_HASHER
    )
    migrate_to_head(app)
    yield app
    with app.app_context():
        db.engine.dispose()


class Writer(threading.Thread):
    """Creates tasks and rewrites one task of its own, recording what the API acknowledged."""

    def __init__(self, app: Flask, headers: dict[str, str], task_id: int, stop: threading.Event) -> None:
        super().__init__()
        self.client, self.headers, self.task_id, self.stop = app.test_client(), headers, task_id, stop
        self.statuses: list[int] = []
        self.missing_retry_after = 0
        self.created: list[int] = []
        self.last_acknowledged: str | None = None
        self.unacknowledged_since: list[str] = []  # titles sent after the last acknowledged one

    def _record(self, response) -> None:  # type: ignore[no-untyped-def]
        self.statuses.append(response.status_code)
        if response.status_code == 503 and not response.headers.get("Retry-After"):
            self.missing_retry_after += 1

    def run(self) -> None:
        index = 0
        while not self.stop.is_set():
            index += 1
            created = self.client.post("/api/tasks", json={"title": f"n{index}"}, headers=self.headers)
            self._record(created)
            if created.status_code == 201:
                self.created.append(created.get_json()["id"])
            title = f"w{index}"
            self.unacknowledged_since.append(title)
            patched = self.client.patch(
                f"/api/tasks/{self.task_id}", json={"title": title}, headers=self.headers
            )
            self._record(patched)
            if patched.status_code == 200:
                self.last_acknowledged, self.unacknowledged_since = title, []


def test_postgres_restarts_lose_no_acknowledged_write(app_on_own_postgres, own_postgres):
    app = app_on_own_postgres
    with app.app_context():
        user = User(username="durable", email="durable@example.com", password_hash="unused")
        db.session.add(user)
        db.session.flush()
        inbox = create_inbox(user.id)
        tasks = [Task(user_id=user.id, project_id=inbox.id, title="start") for _ in range(WRITERS)]
        db.session.add_all(tasks)
        headers = {"Authorization": f"Bearer {token(user.id)}"}
        db.session.commit()
        task_ids = [task.id for task in tasks]
    stop = threading.Event()
    writers = [Writer(app, headers, task_id, stop) for task_id in task_ids]
    for writer in writers:
        writer.start()
    time.sleep(1.0)
    own_postgres.restart("fast")
    time.sleep(1.5)
    own_postgres.restart("immediate")
    time.sleep(1.5)
    stop.set()
    for writer in writers:
        writer.join(30)

    statuses = [status for writer in writers for status in writer.statuses]
    assert set(statuses) <= {200, 201, 503}, sorted(set(statuses))
    assert statuses.count(503) > 0  # the outage was seen ...
    assert all(writer.created and writer.last_acknowledged for writer in writers)
    assert sum(writer.missing_retry_after for writer in writers) == 0
    client = app.test_client()
    deadline = time.monotonic() + 10  # ... and recovered within seconds
    while client.get("/api/tasks", headers=headers).status_code != 200:
        assert time.monotonic() < deadline, "no recovery within 10 s"
        time.sleep(0.2)
    with app.app_context():
        existing = set(db.session.execute(db.select(Task.id)).scalars())
        for writer in writers:
            assert set(writer.created) <= existing
            title = db.session.get(Task, writer.task_id).title
            assert title == writer.last_acknowledged or title in writer.unacknowledged_since
        db.session.rollback()
