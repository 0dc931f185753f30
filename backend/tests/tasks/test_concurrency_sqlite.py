"""The same concurrency guarantees on SQLite (the local default), which has no row locks: the version
compare-and-set alone must let exactly one If-Match writer win and lose no update."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from flask import Flask

from taskforge import create_app
from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.projects.service import create_inbox
from taskforge.tasks.models import Task
from tests.conftest import FAST_HASHER, migrate_to_head, test_settings
from tests.factories import token


@pytest.fixture
def sqlite_app(tmp_path) -> Iterator[tuple[Flask, str, dict[str, str]]]:
    app = create_app(
        test_settings(f"sqlite:///{tmp_path / 'race.db'}", tmp_path), password_hasher=FAST_HASHER
    )
    migrate_to_head(app)
    with app.app_context():
        user = User(username="racer", email="racer@example.com", password_hash="unused")
        db.session.add(user)
        db.session.flush()
        task = Task(user_id=user.id, project_id=create_inbox(user.id).id, title="contended")
        db.session.add(task)
        headers = {"Authorization": f"Bearer {token(user.id)}"}
        db.session.commit()
        url = f"/api/tasks/{task.id}"
    yield app, url, headers
    with app.app_context():
        db.engine.dispose()


def _in_parallel(count: int, call: Callable[[int], int]) -> list[int]:
    barrier = threading.Barrier(count)
    results: list[int] = []
    lock = threading.Lock()

    def run(index: int) -> None:
        barrier.wait(timeout=30)
        status = call(index)
        with lock:
            results.append(status)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_same_if_match_lets_exactly_one_writer_win(sqlite_app):
    app, url, headers = sqlite_app
    statuses = _in_parallel(
        20,
        lambda i: (
            app.test_client()
            .patch(url, json={"title": f"writer {i}"}, headers={**headers, "If-Match": '"v1"'})
            .status_code
        ),
    )
    assert sorted(statuses) == [200] + [412] * 19
    assert app.test_client().get(url, headers=headers).get_json()["version"] == 2


def test_writers_without_if_match_lose_no_update(sqlite_app):
    app, url, headers = sqlite_app
    statuses = _in_parallel(
        10, lambda i: app.test_client().patch(url, json={"title": f"writer {i}"}, headers=headers).status_code
    )
    assert statuses == [200] * 10
    assert app.test_client().get(url, headers=headers).get_json()["version"] == 11
