"""One user can never see, change or count another user's tasks; no endpoint answers without a token."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import bearer

MISSING_ID = 2**63 - 1
PAST = datetime(2020, 1, 1, tzinfo=UTC)
TASK_ENDPOINTS = [
    ("GET", None),
    ("PATCH", {"title": "hijacked", "completed": True}),
    ("PUT", {"title": "hijacked", "priority": 4}),
    ("DELETE", None),
]


def without_request_id(body: dict) -> dict:
    assert body["request_id"]
    return {key: value for key, value in body.items() if key != "request_id"}


@pytest.fixture
def foreign_task(other_user, task_factory):
    return task_factory(user=other_user, title="secret plan", description="other's notes", due_date=PAST)


@pytest.mark.parametrize("if_match", [None, '"v1"', "*"])
@pytest.mark.parametrize(("method", "body"), TASK_ENDPOINTS)
def test_another_users_task_is_indistinguishable_from_a_missing_one(
    client, auth, other_auth, foreign_task, method, body, if_match
):
    before = client.get(f"/api/tasks/{foreign_task.id}", headers=other_auth).json
    headers = {**auth, **({"If-Match": if_match} if if_match else {})}
    foreign = client.open(f"/api/tasks/{foreign_task.id}", method=method, json=body, headers=headers)
    missing = client.open(f"/api/tasks/{MISSING_ID}", method=method, json=body, headers=headers)
    assert foreign.status_code == missing.status_code == 404
    assert foreign.mimetype == missing.mimetype == "application/problem+json"
    assert "ETag" not in foreign.headers
    assert without_request_id(foreign.json) == without_request_id(missing.json)
    after = client.get(f"/api/tasks/{foreign_task.id}", headers=other_auth)
    assert after.status_code == 200
    assert after.json == before


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"search": "secret"},
        {"search": "notes"},
        {"completed": "false"},
        {"overdue": "true"},
        {"due_before": "2030-01-01T00:00:00Z"},
        {"priority": ["1", "2", "3", "4"]},
        {"sort": "title", "order": "asc", "per_page": "100"},
        {"sort": "due_date"},
    ],
)
def test_lists_and_searches_show_only_the_callers_tasks(
    client, auth, user, foreign_task, task_factory, query
):
    own = task_factory(user=user, title="my secret notes", due_date=PAST)
    body = client.get("/api/tasks", query_string=query, headers=auth).json
    assert [t["id"] for t in body["items"]] == [own.id]
    assert body["total"] == 1


def test_the_other_user_still_sees_their_own_task(client, other_auth, foreign_task, user, task_factory):
    task_factory.create_batch(3, user=user)
    body = client.get("/api/tasks", headers=other_auth).json
    assert [t["id"] for t in body["items"]] == [foreign_task.id]


def test_stats_count_only_the_callers_tasks(client, auth, user, other_user, task_factory):
    task_factory.create_batch(4, user=other_user, done=True, priority=4)
    task_factory.create_batch(2, user=other_user, due_date=PAST)
    task_factory(user=user, priority=1)
    stats = client.get("/api/stats", headers=auth).json
    assert (stats["total"], stats["completed"], stats["overdue"], stats["completed_last_7_days"]) == (
        1,
        0,
        0,
        0,
    )
    assert stats["by_priority"] == {"1": 1, "2": 0, "3": 0, "4": 0}


def test_created_tasks_belong_to_the_caller(client, auth, other_auth, user):
    single = client.post("/api/tasks", json={"title": "mine"}, headers=auth).json
    batch = client.post("/api/tasks/batch", json={"tasks": [{"title": "mine too"}]}, headers=auth).json
    assert {single["user_id"], batch["items"][0]["user_id"]} == {user.id}
    assert client.get("/api/tasks", headers=other_auth).json["total"] == 0


# --- no token, or a token that is not a valid access token

ALL_ENDPOINTS = [
    ("GET", "/api/tasks", None),
    ("POST", "/api/tasks", {"title": "x"}),
    ("POST", "/api/tasks/batch", {"tasks": [{"title": "x"}]}),
    ("GET", "/api/tasks/{id}", None),
    ("PATCH", "/api/tasks/{id}", {"title": "x"}),
    ("PUT", "/api/tasks/{id}", {"title": "x"}),
    ("DELETE", "/api/tasks/{id}", None),
    ("GET", "/api/stats", None),
    ("GET", "/api/export", None),
    ("POST", "/api/import", {"format": "taskforge", "version": 1, "tasks": [{"id": 1, "title": "x"}]}),
    ("POST", "/api/auth/calendar-token", None),
    ("DELETE", "/api/auth/calendar-token", None),
    ("GET", "/api/notifications", None),
    ("PATCH", "/api/notifications/1", {"read": True}),
    ("POST", "/api/notifications/read-all", None),
    ("GET", "/api/changes", None),
    ("GET", "/api/events", None),
    ("POST", "/api/events/ticket", None),
]


@pytest.fixture(params=["none", "garbage", "basic", "refresh"])
def bad_auth(request, user, token_for):
    return {
        "none": {},
        "garbage": bearer("not.a.jwt"),
        "basic": {"Authorization": "Basic dXNlcjpwYXNz"},
        "refresh": bearer(token_for(user, refresh=True)),
    }[request.param]


@pytest.mark.parametrize(("method", "path", "body"), ALL_ENDPOINTS)
def test_every_endpoint_requires_an_access_token(
    client, auth, user, task_factory, bad_auth, method, path, body
):
    task = task_factory(user=user, title="untouched")
    response = client.open(path.format(id=task.id), method=method, json=body, headers=bad_auth)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    listed = client.get("/api/tasks", headers=auth).json
    assert [(t["title"], t["version"]) for t in listed["items"]] == [("untouched", 1)]
