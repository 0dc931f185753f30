"""Idempotency-Key on POST: a retry replays the first response and writes nothing; the same key with another
request is 422; a key belongs to its user; a write that failed leaves no key; ten parallel requests with one
key create one task."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, func, select, update

from taskforge.extensions import db
from taskforge.idempotency.models import IdempotencyKey
from taskforge.idempotency.service import prune
from taskforge.tasks.models import Task
from tests.tasks.test_concurrency import run_together


def tasks_of(user) -> int:
    return db.session.execute(select(func.count()).where(Task.user_id == user.id)).scalar_one()


def post(client, auth, path, body=None, key="k-1"):
    headers = {**auth, "Idempotency-Key": key} if key is not None else auth
    return client.post(path, json=body, headers=headers)


def test_a_retry_replays_the_first_response_and_writes_nothing(client, auth, user):
    first = post(client, auth, "/api/tasks", {"title": "once"})
    again = post(client, auth, "/api/tasks", {"title": "once"})

    assert first.status_code == again.status_code == 201
    assert again.get_data() == first.get_data()
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert tasks_of(user) == 1


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/tasks/batch", {"tasks": [{"title": "a"}, {"title": "b"}]}),
        ("/api/tags", {"name": "work"}),
        ("/api/import", {"format": "taskforge", "version": 1, "tasks": [{"id": 1, "title": "a"}]}),
        ("/api/notifications/read-all", None),
    ],
)
def test_every_guarded_write_replays(client, auth, path, body):
    first = post(client, auth, path, body)
    again = post(client, auth, path, body)
    assert first.status_code in (200, 201)
    assert (again.status_code, again.get_data()) == (first.status_code, first.get_data())
    assert again.headers["Idempotent-Replayed"] == "true"


def test_a_replayed_move_moves_once(client, auth):
    a, _, c = (post(client, auth, "/api/tasks", {"title": t}, key=None).get_json() for t in "abc")
    first = post(client, auth, f"/api/tasks/{c['id']}/move", {"before_id": a["id"]}, key="move-1")
    client.post(f"/api/tasks/{a['id']}/move", json={"before_id": c["id"]}, headers=auth)  # someone moves on
    again = post(client, auth, f"/api/tasks/{c['id']}/move", {"before_id": a["id"]}, key="move-1")
    assert again.get_data() == first.get_data()
    order = client.get("/api/tasks?sort=position&order=asc", headers=auth).get_json()["items"]
    assert [t["title"] for t in order] == ["a", "c", "b"]  # the retry did not move c again


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/tasks", {"title": "another"}),
        ("/api/tags", {"name": "once"}),
        ("/api/tasks?x=1", {"title": "once"}),
    ],
)
def test_the_same_key_for_another_request_is_422(client, auth, user, path, body):
    post(client, auth, "/api/tasks", {"title": "once"})
    response = post(client, auth, path, body)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "Idempotency-Key"
    assert tasks_of(user) == 1


def test_keys_belong_to_their_user(client, auth, other_auth, user, other_user):
    post(client, auth, "/api/tasks", {"title": "mine"})
    theirs = post(client, other_auth, "/api/tasks", {"title": "mine"})
    assert theirs.status_code == 201
    assert "Idempotent-Replayed" not in theirs.headers
    assert (tasks_of(user), tasks_of(other_user)) == (1, 1)


def test_a_write_that_failed_leaves_no_key(client, auth, user):
    bad = post(client, auth, "/api/tasks", {"title": "child", "parent_id": 10**12})
    assert bad.status_code == 422
    assert post(client, auth, "/api/tasks", {"title": "child", "parent_id": 10**12}).status_code == 422
    assert db.session.execute(select(func.count()).select_from(IdempotencyKey)).scalar_one() == 0
    assert post(client, auth, "/api/tasks", {"title": "child"}).status_code == 201


def test_a_dry_run_import_keeps_no_key(client, auth):
    document = {"format": "taskforge", "version": 1, "tasks": [{"id": 1, "title": "a"}]}
    post(client, auth, "/api/import?dry_run=true", document)
    assert db.session.execute(select(func.count()).select_from(IdempotencyKey)).scalar_one() == 0


def test_a_key_still_being_answered_is_409(client, auth, user):
    post(client, auth, "/api/tasks", {"title": "once"})
    db.session.execute(update(IdempotencyKey).values(status=None))
    db.session.commit()
    response = post(client, auth, "/api/tasks", {"title": "once"})
    assert response.status_code == 409
    assert response.headers["Retry-After"] == "1"
    assert tasks_of(user) == 1


@pytest.mark.parametrize("key", ["", "x" * 256, "caf\u00e9", "with space", "tab\there"])
def test_a_malformed_key_is_400(client, auth, user, key):
    response = client.post("/api/tasks", json={"title": "t"}, headers={**auth, "Idempotency-Key": key})
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert tasks_of(user) == 0


def test_keys_are_pruned_after_a_day(app, client, auth):
    post(client, auth, "/api/tasks", {"title": "once"})
    assert prune() == 0
    db.session.execute(update(IdempotencyKey).values(created_at=datetime.now(UTC) - timedelta(hours=25)))
    db.session.commit()
    assert prune() == 1


def test_ten_parallel_requests_with_one_key_create_one_task(base_app, committed_owner):
    owner = committed_owner(base_app)
    headers = {**owner.headers, "Idempotency-Key": "parallel"}
    outcomes = run_together(
        base_app, 10, lambda client, _: client.post("/api/tasks", json={"title": "once"}, headers=headers)
    )
    created = [o for o in outcomes if o.status == 201]
    assert {o.status for o in outcomes} <= {201, 409}
    assert len({o.body["id"] for o in created}) == 1  # every 201 is the first response, replayed
    with base_app.app_context():
        count = select(func.count()).where(Task.user_id == owner.user_id, Task.title == "once")
        assert db.session.execute(count).scalar_one() == 1
        db.session.remove()


def test_a_key_whose_response_was_lost_is_409_without_retry_after(client, auth, user):
    """The write committed but its response was never stored (the database went away in between): once no
    request can still be running, a retry is told so, without a Retry-After that would loop for a day."""
    post(client, auth, "/api/tasks", {"title": "once"})
    db.session.execute(
        update(IdempotencyKey).values(status=None, created_at=datetime.now(UTC) - timedelta(minutes=3))
    )
    db.session.commit()
    response = post(client, auth, "/api/tasks", {"title": "once"})
    assert response.status_code == 409
    assert "Retry-After" not in response.headers
    assert "cannot be replayed" in response.get_json()["detail"]
    assert tasks_of(user) == 1


def test_a_committed_write_is_answered_even_when_its_response_cannot_be_stored(client, auth, user, caplog):
    """PostgreSQL refuses the UPDATE that stores the response (a real statement error, injected for that one
    statement): the task exists, so the client gets its 201, and the failure is logged."""
    engine = db.engine

    def refuse(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("UPDATE IDEMPOTENCY_KEYS"):
            statement = "SELECT 1/0"  # division by zero: a DataError from the server itself
        return statement, parameters

    event.listen(engine, "before_cursor_execute", refuse, retval=True)
    try:
        response = post(client, auth, "/api/tasks", {"title": "kept"})
    finally:
        event.remove(engine, "before_cursor_execute", refuse)
    assert response.status_code == 201
    assert response.get_json()["title"] == "kept"
    assert tasks_of(user) == 1
    assert "idempotency response not stored" in caplog.text
