"""Manual order: new tasks go last, `move` places a task before or after another by rewriting its row
alone, `sort=position` (with keyset pages) follows it, and ties from concurrent creation are handled."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from taskforge.extensions import db
from taskforge.tasks.models import Task


def make(client, auth, title):
    response = client.post("/api/tasks", json={"title": title}, headers=auth)
    assert response.status_code == 201
    return response.get_json()


def order(client, auth, direction="asc") -> list[str]:
    url = f"/api/tasks?sort=position&order={direction}&per_page=100"
    return [t["title"] for t in client.get(url, headers=auth).get_json()["items"]]


def move(client, auth, task, **target):
    return client.post(f"/api/tasks/{task['id']}/move", json=target, headers=auth)


@pytest.fixture
def abcd(client, auth):
    return {title: make(client, auth, title) for title in "abcd"}


def test_new_tasks_go_last(client, auth, abcd):
    assert order(client, auth) == ["a", "b", "c", "d"]
    assert order(client, auth, "desc") == ["d", "c", "b", "a"]
    batch = client.post("/api/tasks/batch", json={"tasks": [{"title": "e"}, {"title": "f"}]}, headers=auth)
    assert batch.status_code == 201
    assert order(client, auth) == ["a", "b", "c", "d", "e", "f"]


def test_move_before_and_after(client, auth, abcd):
    moved = move(client, auth, abcd["d"], before_id=abcd["a"]["id"])
    assert moved.status_code == 200
    assert moved.get_json()["version"] == abcd["d"]["version"] + 1
    assert order(client, auth) == ["d", "a", "b", "c"]
    move(client, auth, abcd["d"], after_id=abcd["b"]["id"])
    assert order(client, auth) == ["a", "b", "d", "c"]
    move(client, auth, abcd["a"], after_id=abcd["c"]["id"])
    assert order(client, auth) == ["b", "d", "c", "a"]


def test_a_move_rewrites_only_the_moved_task(client, auth, abcd):
    before = {
        t["id"]: t["version"] for t in client.get("/api/tasks?per_page=100", headers=auth).get_json()["items"]
    }
    move(client, auth, abcd["a"], after_id=abcd["c"]["id"])
    after = {
        t["id"]: t["version"] for t in client.get("/api/tasks?per_page=100", headers=auth).get_json()["items"]
    }
    assert {i for i in before if before[i] != after[i]} == {abcd["a"]["id"]}


def test_many_moves_into_the_same_gap_keep_working(client, auth, abcd):
    for _ in range(60):  # each new key lies between its neighbours: keys grow longer, never collide
        assert move(client, auth, abcd["d"], after_id=abcd["a"]["id"]).status_code == 200
        assert move(client, auth, abcd["c"], after_id=abcd["a"]["id"]).status_code == 200
    assert order(client, auth) == ["a", "c", "d", "b"]


def test_tied_keys_from_concurrent_creation_still_move(app, client, auth, abcd):
    db.session.execute(
        update(Task).where(Task.id.in_([abcd["b"]["id"], abcd["c"]["id"]])).values(position="a1")
    )
    db.session.execute(update(Task).where(Task.id == abcd["a"]["id"]).values(position="a0"))
    db.session.execute(update(Task).where(Task.id == abcd["d"]["id"]).values(position="a3"))
    assert move(client, auth, abcd["d"], after_id=abcd["b"]["id"]).status_code == 200
    assert order(client, auth) == ["a", "b", "d", "c"]


def test_keyset_pages_follow_the_manual_order(client, auth, abcd):
    move(client, auth, abcd["d"], before_id=abcd["a"]["id"])
    first = client.get("/api/tasks?sort=position&order=asc&per_page=2", headers=auth).get_json()
    second = client.get(
        f"/api/tasks?sort=position&order=asc&per_page=2&after={first['next_cursor']}", headers=auth
    ).get_json()
    assert [t["title"] for t in first["items"] + second["items"]] == ["d", "a", "b", "c"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "body"),
        ({"before_id": 1, "after_id": 2}, "body"),
        ({"before_id": 999_999_999}, "before_id"),
        ({"after_id": "1"}, "after_id"),
        ({"after_id": 0}, "after_id"),
        ({"beside_id": 1}, "beside_id"),
    ],
)
def test_bad_moves_are_refused(client, auth, abcd, body, field):
    response = move(client, auth, abcd["a"], **body)
    assert response.status_code == 422, response.get_json()
    assert [e["field"] for e in response.get_json()["errors"]] == [field]
    assert order(client, auth) == ["a", "b", "c", "d"]


def test_a_task_cannot_move_next_to_itself_or_to_another_users_task(client, auth, other_auth, abcd):
    response = move(client, auth, abcd["a"], before_id=abcd["a"]["id"])
    assert [e["field"] for e in response.get_json()["errors"]] == ["before_id"]
    theirs = make(client, other_auth, "theirs")
    response = move(client, auth, abcd["a"], before_id=theirs["id"])
    assert [e["field"] for e in response.get_json()["errors"]] == ["before_id"]
    assert move(client, other_auth, abcd["a"], before_id=theirs["id"]).status_code == 404


def test_if_match_guards_a_move(client, auth, abcd):
    stale = client.post(
        f"/api/tasks/{abcd['a']['id']}/move",
        json={"after_id": abcd["d"]["id"]},
        headers={**auth, "If-Match": '"v99"'},
    )
    assert stale.status_code == 412
    assert order(client, auth) == ["a", "b", "c", "d"]
