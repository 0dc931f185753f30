"""The HTTP contract of /api/tasks: every status code each endpoint can answer."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from taskforge.extensions import db
from taskforge.tasks.models import Task

TASK_KEYS = {
    "id", "title", "description", "completed", "priority", "due_date",
    "created_at", "updated_at", "completed_at", "user_id", "version", "tags",
    "parent_id", "subtasks", "recurrence", "position", "reminders", "project_id", "section_id", "assignees",
}  # fmt: skip
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$")
T0 = datetime(2030, 1, 1, tzinfo=UTC)
PAST = datetime(2020, 1, 1, tzinfo=UTC)


def fields(response, status=422):
    assert response.status_code == status, response.json
    assert response.mimetype == "application/problem+json"
    return [error["field"] for error in response.json["errors"]]


def total(client, auth):
    return client.get("/api/tasks", headers=auth).json["total"]


# --- POST /api/tasks


def test_create_returns_the_task_with_location_and_etag(client, auth, user):
    response = client.post("/api/tasks", json={"title": "  Buy milk \n"}, headers=auth)
    assert response.status_code == 201
    task = response.json
    assert set(task) == TASK_KEYS
    assert task["title"] == "Buy milk"
    assert (task["description"], task["completed"], task["priority"]) == (None, False, 2)
    assert (task["due_date"], task["completed_at"], task["version"]) == (None, None, 1)
    assert task["user_id"] == user.id
    assert ISO_UTC.match(task["created_at"])
    assert task["updated_at"] == task["created_at"]
    assert response.headers["Location"] == f"/api/tasks/{task['id']}"
    assert response.headers["ETag"] == '"v1"'
    assert client.get(response.headers["Location"], headers=auth).json == task


def test_create_stores_every_field_and_returns_utc(client, auth):
    body = {
        "title": "t" * 200,
        "description": "d" * 10_000,
        "priority": 4,
        "due_date": "2030-01-01T10:00:00+02:00",
        "completed": True,
    }
    task = client.post("/api/tasks", json=body, headers=auth).json
    assert task["due_date"] == "2030-01-01T08:00:00Z"
    assert (task["title"], task["description"], task["priority"]) == (body["title"], body["description"], 4)
    assert task["completed"] is True
    assert ISO_UTC.match(task["completed_at"])


# Values each field refuses, on create and on update alike (null is valid only for description and due_date).
INVALID = {
    "title": ["", " \t ", None, "t" * 201, "a\x00b", "\ud800", 7],
    "description": ["d" * 10_001, "a\x00b", 7],
    "priority": [0, 5, None, True, "2", 2.5],
    "due_date": ["2030-01-01T10:00:00", "2030-01-01", "next tuesday", 1893456000],
    "completed": ["yes", "true", 1, None],
    "user_id": [1],
    "version": [7],
    "completed_at": ["2030-01-01T00:00:00Z"],
    "id": [1],
}
INVALID_FIELDS = pytest.mark.parametrize(
    ("field", "value"),
    [(field, value) for field, values in INVALID.items() for value in values],
    ids=lambda v: repr(v)[:24],
)


@INVALID_FIELDS
def test_create_rejects_invalid_fields(client, auth, field, value):
    body = {"title": "a", field: value}
    assert field in fields(client.post("/api/tasks", json=body, headers=auth))
    assert total(client, auth) == 0


def test_create_requires_a_title(client, auth):
    assert fields(client.post("/api/tasks", json={"priority": 1}, headers=auth)) == ["title"]


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        ('{"title": "a"}', "text/plain", 415),
        ('{"title": ', "application/json", 400),
        ('[{"title": "a"}]', "application/json", 400),
        ('{"title": "a", "priority": NaN}', "application/json", 400),
    ],
)
def test_create_rejects_bodies_that_are_not_a_json_object(client, auth, data, content_type, status):
    response = client.post("/api/tasks", data=data, content_type=content_type, headers=auth)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert total(client, auth) == 0


# --- POST /api/tasks/batch


def test_batch_creates_all_in_order(client, auth, user):
    body = {
        "tasks": [{"title": "one"}, {"title": "two", "priority": 3}, {"title": "three", "completed": True}]
    }
    response = client.post("/api/tasks/batch", json=body, headers=auth)
    assert response.status_code == 201
    items = response.json["items"]
    assert [t["title"] for t in items] == ["one", "two", "three"]
    assert [t["priority"] for t in items] == [2, 3, 2]
    assert items[2]["completed_at"] is not None
    assert {t["user_id"] for t in items} == {user.id}
    assert total(client, auth) == 3


@pytest.mark.parametrize(("count", "status"), [(0, 422), (1, 201), (100, 201), (101, 422)])
def test_batch_takes_1_to_100_tasks(client, auth, count, status):
    body = {"tasks": [{"title": f"t{i}"} for i in range(count)]}
    response = client.post("/api/tasks/batch", json=body, headers=auth)
    if status == 422:
        assert "tasks" in fields(response)
    else:
        assert (response.status_code, len(response.json["items"])) == (201, count)
    assert total(client, auth) == (count if status == 201 else 0)


@pytest.mark.parametrize(
    ("bad", "field"),
    [({"title": " "}, "tasks[2].title"), ({"title": "x", "priority": 9}, "tasks[2].priority")],
)
def test_batch_with_one_invalid_item_creates_nothing(client, auth, bad, field):
    body = {"tasks": [{"title": "a"}, {"title": "b"}, bad, {"title": "d"}]}
    assert fields(client.post("/api/tasks/batch", json=body, headers=auth)) == [field]
    assert total(client, auth) == 0


# --- GET /api/tasks/<id>


def test_get_returns_the_task_with_a_strong_etag(client, auth, user, task_factory):
    task = task_factory(user=user, due_date=T0)
    db.session.execute(update(Task).where(Task.id == task.id).values(version=3))  # as if changed twice
    response = client.get(f"/api/tasks/{task.id}", headers=auth)
    assert response.status_code == 200
    assert response.headers["ETag"] == '"v3"'
    assert response.json["id"] == task.id
    assert response.json["due_date"] == "2030-01-01T00:00:00Z"


@pytest.mark.parametrize("raw_id", ["0", "-1", "abc", "99999999999999999999", "9223372036854775808", "1.5"])
def test_odd_ids_are_404(client, auth, raw_id):
    for method in ("GET", "PATCH", "PUT", "DELETE"):
        response = client.open(f"/api/tasks/{raw_id}", method=method, json={"title": "x"}, headers=auth)
        assert response.status_code == 404
        assert response.mimetype == "application/problem+json"


# --- PATCH / PUT /api/tasks/<id>

METHODS = pytest.mark.parametrize("method", ["PATCH", "PUT"])


@pytest.fixture
def rich_task(user, task_factory):
    return task_factory(user=user, title="Old", description="desc", priority=3, due_date=T0, created_at=PAST)


def send(client, method, task, body, auth, **headers):
    return client.open(f"/api/tasks/{task.id}", method=method, json=body, headers={**auth, **headers})


@METHODS
def test_update_changes_only_the_given_fields(client, auth, rich_task, method):
    before = client.get(f"/api/tasks/{rich_task.id}", headers=auth).json
    response = send(client, method, rich_task, {"title": " New "}, auth)
    assert response.status_code == 200
    after = response.json
    assert after["title"] == "New"
    assert after["version"] == 2
    assert response.headers["ETag"] == '"v2"'
    assert after["updated_at"] > before["updated_at"]
    unchanged = {k for k in TASK_KEYS if k not in {"title", "version", "updated_at"}}
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}
    assert client.get(f"/api/tasks/{rich_task.id}", headers=auth).json == after


@METHODS
def test_update_null_clears_description_and_due_date(client, auth, rich_task, method):
    task = send(client, method, rich_task, {"due_date": "2031-05-05T00:30:00-01:00"}, auth).json
    assert (task["due_date"], task["version"]) == ("2031-05-05T01:30:00Z", 2)
    task = send(client, method, rich_task, {"description": None, "due_date": None}, auth).json
    assert (task["description"], task["due_date"], task["title"], task["version"]) == (None, None, "Old", 3)


@METHODS
def test_update_completed_sets_and_clears_completed_at(client, auth, rich_task, method):
    done = send(client, method, rich_task, {"completed": True}, auth).json
    assert done["completed"] is True
    assert ISO_UTC.match(done["completed_at"])
    reopened = send(client, method, rich_task, {"completed": False}, auth).json
    assert (reopened["completed"], reopened["completed_at"], reopened["version"]) == (False, None, 3)


@METHODS
@pytest.mark.parametrize(
    "body", [{}, {"title": "Old", "priority": 3}, {"description": "desc", "completed": False}]
)
def test_update_without_a_real_change_keeps_the_version(client, auth, rich_task, method, body):
    before = client.get(f"/api/tasks/{rich_task.id}", headers=auth).json
    response = send(client, method, rich_task, body, auth)
    assert response.status_code == 200
    assert response.headers["ETag"] == '"v1"'
    assert response.json == before


@METHODS
@INVALID_FIELDS
def test_update_rejects_invalid_fields_and_changes_nothing(client, auth, rich_task, method, field, value):
    before = client.get(f"/api/tasks/{rich_task.id}", headers=auth).json
    assert field in fields(send(client, method, rich_task, {"priority": 1, field: value}, auth))
    assert client.get(f"/api/tasks/{rich_task.id}", headers=auth).json == before


@METHODS
@pytest.mark.parametrize(
    ("if_match", "status"),
    [('"v1"', 200), ("*", 200), ('"v0", "v1"', 200), ('"v0"', 412), ('"v2"', 412), ('W/"v1"', 412)],
)
def test_update_honours_if_match(client, auth, rich_task, method, if_match, status):
    before = client.get(f"/api/tasks/{rich_task.id}", headers=auth).json
    response = send(client, method, rich_task, {"title": "New"}, auth, **{"If-Match": if_match})
    assert response.status_code == status
    after = client.get(f"/api/tasks/{rich_task.id}", headers=auth).json
    if status == 200:
        assert (response.json["title"], response.headers["ETag"], after["version"]) == ("New", '"v2"', 2)
    else:
        assert response.mimetype == "application/problem+json"
        assert after == before


@METHODS
def test_stale_etag_after_someone_else_changed_the_task(client, auth, rich_task, method):
    etag = client.get(f"/api/tasks/{rich_task.id}", headers=auth).headers["ETag"]
    assert send(client, method, rich_task, {"priority": 1}, auth).status_code == 200
    response = send(client, method, rich_task, {"priority": 4}, auth, **{"If-Match": etag})
    assert response.status_code == 412
    assert client.get(f"/api/tasks/{rich_task.id}", headers=auth).json["priority"] == 1


# --- DELETE /api/tasks/<id>


@pytest.mark.parametrize(
    ("headers", "status"),
    [({}, 204), ({"If-Match": '"v1"'}, 204), ({"If-Match": "*"}, 204), ({"If-Match": '"v0"'}, 412)],
)
def test_delete_removes_the_task_unless_the_etag_is_stale(client, auth, rich_task, headers, status):
    response = client.delete(f"/api/tasks/{rich_task.id}", headers={**auth, **headers})
    assert response.status_code == status
    if status == 204:
        assert response.data == b""
        assert client.get(f"/api/tasks/{rich_task.id}", headers=auth).status_code == 404
        assert client.delete(f"/api/tasks/{rich_task.id}", headers=auth).status_code == 404
    else:
        assert response.mimetype == "application/problem+json"
        assert client.get(f"/api/tasks/{rich_task.id}", headers=auth).json["version"] == 1


# --- GET /api/tasks


@pytest.mark.parametrize(("count", "shown", "pages"), [(0, 0, 0), (20, 20, 1), (21, 20, 2)])
def test_list_envelope_and_default_page_size(client, auth, user, task_factory, count, shown, pages):
    task_factory.create_batch(count, user=user)
    body = client.get("/api/tasks", headers=auth).json
    assert {**body, "items": len(body["items"]), "next_cursor": bool(body["next_cursor"])} == {
        "items": shown,
        "page": 1,
        "per_page": 20,
        "total": count,
        "pages": pages,
        "next_cursor": pages > 1,
    }
    assert all(set(item) == TASK_KEYS for item in body["items"])


def test_default_order_is_created_at_desc_then_id(client, auth, user, task_factory):
    old = task_factory(user=user, created_at=T0)
    tied = [task_factory(user=user, created_at=T0 + timedelta(days=1)) for _ in range(3)]
    ids = [t["id"] for t in client.get("/api/tasks", headers=auth).json["items"]]
    assert ids == [*sorted((t.id for t in tied), reverse=True), old.id]


def test_pages_never_overlap(client, auth, user, task_factory):
    created = {t.id for t in task_factory.create_batch(7, user=user, created_at=T0, priority=2)}
    seen: list[int] = []
    for page in (1, 2, 3, 4):
        body = client.get(f"/api/tasks?per_page=3&page={page}&sort=priority", headers=auth).json
        assert (body["total"], body["pages"]) == (7, 3)
        seen += [t["id"] for t in body["items"]]
    assert sorted(seen) == sorted(created)


# Each names the parameter before its "=".
BAD_QUERIES = [
    "per_page=0", "per_page=1000000", "per_page=ten", "page=0", "page=1&page=2", "sort=password_hash",
    "order=up", "priority=5", "priority=1&priority=0", "completed=maybe", "overdue=sometimes",
    "due_before=2030-01-01T00:00:00", "due_after=yesterday", "user_id=1",
]  # fmt: skip


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_list_rejects_invalid_query(client, auth, query):
    field = query.split("=")[0]
    named = fields(client.get(f"/api/tasks?{query}", headers=auth))
    assert any(name == field or name.startswith(f"{field}[") for name in named), named


def test_list_filters_by_repeated_priority(client, auth, user, task_factory):
    for priority in (1, 2, 3, 4):
        task_factory(user=user, title=f"p{priority}", priority=priority)
    items = client.get("/api/tasks?priority=1&priority=3&sort=title&order=asc", headers=auth).json["items"]
    assert [t["title"] for t in items] == ["p1", "p3"]
