"""Concurrent writers on one task, with real commits: If-Match lets exactly one win, and no increment is lost.

These tests use the session-wide `base_app` (not the rolled-back `app`), because row locks only matter between
separate transactions; they delete the rows they create.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import delete, inspect

from taskforge.extensions import db
from taskforge.tasks import service
from taskforge.tasks.models import Task
from taskforge.tasks.reads import TaskRead
from tests.conftest import Owner

WAIT_S = 60  # only a guard against a hang; nothing here measures time


@pytest.fixture
def live(base_app: Flask, committed_owner) -> Owner:
    """A committed user with one committed task; deleted (with its tasks) afterwards."""
    return committed_owner(base_app)


@dataclass(frozen=True)
class Outcome:
    status: int
    body: dict
    etag: str | None


def run_together(app: Flask, count: int, send: Callable[[FlaskClient, int], object]) -> list[Outcome]:
    """Run `send(client, i)` in `count` threads, each with its own client, released at once by a barrier."""
    barrier = threading.Barrier(count)
    outcomes: list[Outcome | None] = [None] * count
    failures: list[BaseException] = []

    def worker(i: int) -> None:
        client = app.test_client()
        try:
            barrier.wait(timeout=WAIT_S)
            response = send(client, i)
            outcomes[i] = Outcome(response.status_code, response.get_json(), response.headers.get("ETag"))
        except BaseException as exc:  # noqa: BLE001 - reported on the main thread below
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(i,), name=f"writer-{i}") for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=WAIT_S)
    assert not any(thread.is_alive() for thread in threads), "a writer hung"
    assert not failures, failures
    return [outcome for outcome in outcomes if outcome is not None]


def current(app: Flask, live: Owner) -> dict:
    response = app.test_client().get(live.task_url, headers=live.headers)
    assert response.status_code == 200
    return response.get_json()


def test_same_if_match_lets_exactly_one_writer_win(base_app, live):
    def send(client, i):
        headers = {**live.headers, "If-Match": '"v1"'}
        return client.patch(live.task_url, json={"title": f"writer {i}"}, headers=headers)

    outcomes = run_together(base_app, 20, send)
    statuses = sorted(outcome.status for outcome in outcomes)
    assert statuses == [200] + [412] * 19, statuses
    (winner,) = (outcome for outcome in outcomes if outcome.status == 200)
    assert (winner.body["version"], winner.etag) == (2, '"v2"')
    losers = [outcome for outcome in outcomes if outcome.status == 412]
    assert {outcome.body["status"] for outcome in losers} == {412}
    final = current(base_app, live)
    assert (final["version"], final["title"]) == (2, winner.body["title"])


def test_writers_without_if_match_never_lose_an_increment(base_app, live):
    def send(client, i):
        return client.patch(
            live.task_url, json={"title": f"writer {i}", "priority": i % 4 + 1}, headers=live.headers
        )

    outcomes = run_together(base_app, 10, send)
    assert [outcome.status for outcome in outcomes] == [200] * 10
    final = current(base_app, live)
    assert final["version"] == 11
    # Each response describes the state its own write produced: ten writes, ten different versions.
    assert sorted(outcome.body["version"] for outcome in outcomes) == list(range(2, 12))
    assert sorted(outcome.etag for outcome in outcomes) == sorted(f'"v{v}"' for v in range(2, 12))
    last = max(outcomes, key=lambda outcome: outcome.body["version"])
    assert (final["title"], final["priority"]) == (last.body["title"], last.body["priority"])


def test_concurrent_deletes_with_if_match_delete_once(base_app, live):
    def send(client, i):
        return client.delete(live.task_url, headers={**live.headers, "If-Match": '"v1"'})

    statuses = sorted(outcome.status for outcome in run_together(base_app, 8, send))
    assert statuses == [204] + [404] * 7, statuses
    assert base_app.test_client().get(live.task_url, headers=live.headers).status_code == 404


# --- forced interleaving: another transaction deletes the task right after the request's own commit


def delete_after(real: Callable[..., object]) -> Callable[..., object]:
    """Wrap a service call so that a concurrent DELETE commits between its COMMIT and the response."""

    def racing(**kwargs: object) -> object:
        result = real(**kwargs)
        task = result.task if isinstance(result, service.Shown) else result
        if isinstance(task, TaskRead):  # reads answer from plain rows: nothing to reload
            task_id = task.id
        else:
            (task_id,) = inspect(task).identity  # read without reloading the expired instance
        with db.engine.begin() as conn:
            conn.execute(delete(Task).where(Task.id == task_id))
        return result

    return racing


@pytest.mark.parametrize(
    ("name", "method", "path", "body", "status"),
    [
        ("get_task", "GET", "{url}", None, 200),
        ("update_task", "PATCH", "{url}", {"title": "mine"}, 200),
        ("update_task", "PUT", "{url}", {"title": "mine"}, 200),
        ("create_task", "POST", "/api/tasks", {"title": "mine"}, 201),
    ],
)
def test_a_delete_right_after_commit_does_not_break_the_response(
    base_app, live, monkeypatch, name, method, path, body, status
):
    monkeypatch.setattr(service, name, delete_after(getattr(service, name)))
    response = base_app.test_client().open(
        path.format(url=live.task_url), method=method, json=body, headers=live.headers
    )
    assert response.status_code == status, response.get_json()
    assert response.get_json()["title"] == (body or {"title": "original"})["title"]
