"""GET /api/stats: counts over the caller's tasks only, with the day boundaries in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

NOW = datetime(2030, 6, 15, 12, 0, tzinfo=UTC)
TODAY = datetime(2030, 6, 15, tzinfo=UTC)
TOMORROW = TODAY + timedelta(days=1)
DAY = timedelta(days=1)
MICRO = timedelta(microseconds=1)
ZERO = {"1": 0, "2": 0, "3": 0, "4": 0}


@pytest.fixture
def frozen_now(monkeypatch):
    """The stats service reads the clock once; pin it so day boundaries are exact."""
    monkeypatch.setattr("taskforge.stats.service.utcnow", lambda: NOW)
    return NOW


def stats(client, auth):
    response = client.get("/api/stats", headers=auth)
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    return response.json


def test_no_tasks(client, auth):
    assert stats(client, auth) == {
        "total": 0,
        "completed": 0,
        "pending": 0,
        "overdue": 0,
        "due_today": 0,
        "completion_rate": 0.0,
        "by_priority": ZERO,
        "completed_last_7_days": 0,
    }


def test_counts(client, auth, user, other_user, task_factory, frozen_now):
    make = task_factory
    make(user=user, priority=1, due_date=NOW - DAY)  # overdue
    make(user=user, priority=2, due_date=TODAY)  # due today, overdue
    make(user=user, priority=2, due_date=TOMORROW - MICRO)  # due today, not yet overdue
    make(user=user, priority=3, due_date=NOW - 2 * DAY, completed=True, completed_at=NOW - DAY)
    make(user=user, priority=4, due_date=TOMORROW, completed=True, completed_at=NOW - 8 * DAY)
    make(user=user, priority=4)
    for _ in range(3):  # the other user's tasks hit every counter; none may be counted
        make(user=other_user, priority=1, due_date=TODAY, completed=True, completed_at=NOW - DAY)
        make(user=other_user, priority=3, due_date=NOW - DAY)
    assert stats(client, auth) == {
        "total": 6,
        "completed": 2,
        "pending": 4,
        "overdue": 2,
        "due_today": 2,
        "completion_rate": pytest.approx(2 / 6),
        "by_priority": {"1": 1, "2": 2, "3": 1, "4": 2},
        "completed_last_7_days": 1,
    }


@pytest.mark.parametrize(
    ("due", "today", "overdue"),
    [
        (TODAY - MICRO, 0, 1),
        (TODAY, 1, 1),
        (NOW - MICRO, 1, 1),
        (NOW, 1, 0),
        (TOMORROW - MICRO, 1, 0),
        (TOMORROW, 0, 0),
        (None, 0, 0),
    ],
)
def test_due_today_and_overdue_boundaries(client, auth, user, task_factory, frozen_now, due, today, overdue):
    task_factory(user=user, due_date=due)
    body = stats(client, auth)
    assert (body["due_today"], body["overdue"], body["pending"]) == (today, overdue, 1)


def test_due_today_uses_the_utc_day_not_the_offset_sent(client, auth, frozen_now):
    # 23:30 on the 14th at UTC-01:00 is 00:30 on the 15th in UTC: due today.
    # 00:30 on the 16th at UTC+02:00 is 22:30 on the 15th in UTC: due today as well.
    for due in ("2030-06-14T23:30:00-01:00", "2030-06-16T00:30:00+02:00", "2030-06-15T00:30:00+01:00"):
        assert (
            client.post("/api/tasks", json={"title": "t", "due_date": due}, headers=auth).status_code == 201
        )
    assert stats(client, auth)["due_today"] == 2


@pytest.mark.parametrize(("completed_ago", "recent"), [(DAY, 1), (7 * DAY - MICRO, 1), (7 * DAY + MICRO, 0)])
def test_completed_last_7_days(client, auth, user, task_factory, frozen_now, completed_ago, recent):
    task_factory(user=user, completed=True, completed_at=NOW - completed_ago)
    body = stats(client, auth)
    assert (body["completed"], body["completed_last_7_days"], body["completion_rate"]) == (1, recent, 1.0)


def test_stats_follow_changes_made_through_the_api(client, auth):
    created = client.post("/api/tasks", json={"title": "a", "priority": 3}, headers=auth).json
    client.post("/api/tasks", json={"title": "b"}, headers=auth)
    assert stats(client, auth)["completion_rate"] == 0.0
    client.patch(f"/api/tasks/{created['id']}", json={"completed": True}, headers=auth)
    body = stats(client, auth)
    assert (body["completed"], body["completed_last_7_days"], body["completion_rate"]) == (1, 1, 0.5)
    client.delete(f"/api/tasks/{created['id']}", headers=auth)
    body = stats(client, auth)
    assert (body["total"], body["completed"], body["by_priority"]) == (1, 0, {**ZERO, "2": 1})


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}])
def test_stats_require_a_token(client, headers):
    response = client.get("/api/stats", headers=headers)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"


def test_stats_reject_other_methods(client, auth):
    response = client.post("/api/stats", json={}, headers=auth)
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
