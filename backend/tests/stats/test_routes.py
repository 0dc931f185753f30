"""GET /api/stats: counts over the caller's tasks only, with the day boundaries in the caller's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

NOW = datetime(2030, 6, 15, 12, 0, tzinfo=UTC)
TODAY = datetime(2030, 6, 15, tzinfo=UTC)
TOMORROW = TODAY + timedelta(days=1)
DAY = timedelta(days=1)
MICRO = timedelta(microseconds=1)
ZERO = {"1": 0, "2": 0, "3": 0, "4": 0}


def history(last: date, counts: dict[date, int] | None = None) -> list[dict[str, object]]:
    """The 14 entries of `completed_by_day` ending on `last`, zero except for `counts`."""
    days = [last - timedelta(days=back) for back in range(13, -1, -1)]
    return [{"date": day.isoformat(), "completed": (counts or {}).get(day, 0)} for day in days]


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


def test_no_tasks(client, auth, frozen_now):
    assert stats(client, auth) == {
        "total": 0,
        "completed": 0,
        "pending": 0,
        "overdue": 0,
        "due_today": 0,
        "completion_rate": 0.0,
        "by_priority": ZERO,
        "completed_last_7_days": 0,
        "completed_by_day": history(date(2030, 6, 15)),
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
        "completed_by_day": history(date(2030, 6, 15), {date(2030, 6, 14): 1, date(2030, 6, 7): 1}),
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


# "The last 7 days" are today and the 6 days before it: from midnight 6 days ago (the 9th, 00:00 UTC).
WEEK_START_AGO = NOW - (TODAY - 6 * DAY)


@pytest.mark.parametrize(
    ("completed_ago", "recent"), [(DAY, 1), (WEEK_START_AGO, 1), (WEEK_START_AGO + MICRO, 0), (7 * DAY, 0)]
)
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


def set_zone(client, auth, zone: str) -> None:
    response = client.patch("/api/auth/me", json={"timezone": zone}, headers=auth)
    assert response.status_code == 200, response.json
    assert response.json["timezone"] == zone


def test_due_today_is_the_users_day(client, auth, user, task_factory, frozen_now):
    # NOW is 08:00 on the 15th in New York (UTC-4): its day runs from 04:00 UTC on the 15th to 04:00
    # on the 16th.
    task_factory(user=user, due_date=datetime(2030, 6, 16, 2, 0, tzinfo=UTC))  # 22:00 on the 15th there
    task_factory(user=user, due_date=datetime(2030, 6, 15, 2, 0, tzinfo=UTC))  # 22:00 on the 14th there
    assert stats(client, auth)["due_today"] == 1  # in UTC, only the second is due on the 15th
    set_zone(client, auth, "America/New_York")
    body = stats(client, auth)
    assert (body["due_today"], body["overdue"]) == (1, 1)  # overdue is an instant: the same in every zone


def test_a_daylight_saving_day_is_one_day(client, auth, user, task_factory, monkeypatch):
    # 10 March 2030 in New York has 23 hours: 05:00 UTC to 04:00 UTC the next day.
    monkeypatch.setattr("taskforge.stats.service.utcnow", lambda: datetime(2030, 3, 10, 12, 0, tzinfo=UTC))
    for due in (
        datetime(2030, 3, 10, 5, 0, tzinfo=UTC),  # 00:00 EST, the first instant of the day
        datetime(2030, 3, 11, 3, 59, tzinfo=UTC),  # 23:59 EDT, the last minute of the day
        datetime(2030, 3, 11, 4, 0, tzinfo=UTC),  # 00:00 EDT on the 11th: tomorrow
        datetime(2030, 3, 10, 4, 59, tzinfo=UTC),  # 23:59 EST on the 9th: yesterday
    ):
        task_factory(user=user, due_date=due)
    set_zone(client, auth, "America/New_York")
    assert stats(client, auth)["due_today"] == 2


def test_completed_last_7_days_counts_the_users_days(client, auth, user, task_factory, frozen_now):
    # In Tokyo (UTC+9) NOW is 21:00 on the 15th; its week starts at 00:00 on the 9th there, which is
    # 15:00 UTC on the 8th.
    task_factory(user=user, completed=True, completed_at=datetime(2030, 6, 8, 16, 0, tzinfo=UTC))
    assert stats(client, auth)["completed_last_7_days"] == 0
    set_zone(client, auth, "Asia/Tokyo")
    assert stats(client, auth)["completed_last_7_days"] == 1


def test_completed_by_day_lists_14_days_oldest_first_zero_filled(
    client, auth, user, task_factory, frozen_now
):
    task_factory(user=user, completed=True, completed_at=NOW)
    task_factory(user=user, completed=True, completed_at=NOW - 3 * DAY)
    task_factory(user=user, completed=True, completed_at=NOW - 3 * DAY + MICRO)
    days = stats(client, auth)["completed_by_day"]
    assert [entry["date"] for entry in days] == [f"2030-06-{day:02}" for day in range(2, 16)]
    assert [entry["completed"] for entry in days] == [0] * 10 + [2, 0, 0, 1]


# The history starts at 00:00 UTC on the 2nd and ends before 00:00 UTC on the 16th.
HISTORY_START = TODAY - 13 * DAY


@pytest.mark.parametrize(
    ("completed_at", "index"),
    [
        (HISTORY_START - MICRO, None),
        (HISTORY_START, 0),
        (HISTORY_START + DAY - MICRO, 0),
        (HISTORY_START + DAY, 1),
        (TODAY - MICRO, 12),
        (TODAY, 13),
        (TOMORROW - MICRO, 13),  # a clock ahead of ours: still today
        (TOMORROW, None),
    ],
)
def test_completed_by_day_boundaries(client, auth, user, task_factory, frozen_now, completed_at, index):
    task_factory(user=user, completed=True, completed_at=completed_at)
    counts = [entry["completed"] for entry in stats(client, auth)["completed_by_day"]]
    assert counts == [int(i == index) for i in range(14)]


def test_completed_by_day_counts_the_users_days(client, auth, user, task_factory, frozen_now):
    # NOW (12:00 UTC on the 15th) is 00:00 on the 16th in Auckland (NZST, UTC+12): a new day there.
    task_factory(user=user, completed=True, completed_at=NOW - MICRO)  # 23:59:59.999999 on the 15th there
    task_factory(user=user, completed=True, completed_at=NOW)  # the first instant of the 16th there
    # 11:00 UTC on the 2nd (the first day of the UTC history) is 23:00 on the 2nd there, before its history.
    task_factory(user=user, completed=True, completed_at=datetime(2030, 6, 2, 11, 0, tzinfo=UTC))
    assert stats(client, auth)["completed_by_day"] == history(
        date(2030, 6, 15), {date(2030, 6, 2): 1, date(2030, 6, 15): 2}
    )
    set_zone(client, auth, "Pacific/Auckland")
    body = stats(client, auth)
    assert body["completed_by_day"] == history(
        date(2030, 6, 16), {date(2030, 6, 15): 1, date(2030, 6, 16): 1}
    )
    assert body["completed_last_7_days"] == 2


def test_completed_by_day_across_a_daylight_saving_change(client, auth, user, task_factory, monkeypatch):
    # 10 March 2030 in New York has 23 hours: 05:00 UTC to 04:00 UTC the next day.
    monkeypatch.setattr("taskforge.stats.service.utcnow", lambda: datetime(2030, 3, 11, 12, 0, tzinfo=UTC))
    for completed_at in (
        datetime(2030, 3, 10, 4, 59, tzinfo=UTC),  # 23:59 EST on the 9th
        datetime(2030, 3, 10, 5, 0, tzinfo=UTC),  # 00:00 EST on the 10th
        datetime(2030, 3, 11, 3, 59, tzinfo=UTC),  # 23:59 EDT on the 10th
        datetime(2030, 3, 11, 4, 0, tzinfo=UTC),  # 00:00 EDT on the 11th
    ):
        task_factory(user=user, completed=True, completed_at=completed_at)
    set_zone(client, auth, "America/New_York")
    expected = {date(2030, 3, 9): 1, date(2030, 3, 10): 2, date(2030, 3, 11): 1}
    assert stats(client, auth)["completed_by_day"] == history(date(2030, 3, 11), expected)


def test_completed_by_day_counts_only_completed_tasks_of_the_caller(
    client, auth, user, other_user, task_factory, frozen_now
):
    task_factory(user=user, created_at=NOW, due_date=NOW)  # open, created and due today
    reopened = task_factory(user=user, completed=True, completed_at=NOW - DAY)
    task_factory(user=user, completed=True, completed_at=NOW - DAY)
    for _ in range(3):
        task_factory(user=other_user, completed=True, completed_at=NOW)
        task_factory(user=other_user, completed=True, completed_at=NOW - DAY)
    assert stats(client, auth)["completed_by_day"] == history(date(2030, 6, 15), {date(2030, 6, 14): 2})
    reopen = client.patch(f"/api/tasks/{reopened.id}", json={"completed": False}, headers=auth)
    assert reopen.status_code == 200
    assert stats(client, auth)["completed_by_day"] == history(date(2030, 6, 15), {date(2030, 6, 14): 1})


def test_completed_by_day_agrees_with_completed_last_7_days(client, auth, user, task_factory, frozen_now):
    for back in range(20):
        task_factory(user=user, completed=True, completed_at=NOW - back * DAY)
    body = stats(client, auth)
    assert [entry["completed"] for entry in body["completed_by_day"]] == [1] * 14
    assert sum(entry["completed"] for entry in body["completed_by_day"][-7:]) == body["completed_last_7_days"]


def test_completed_by_day_is_documented(client):
    schemas = client.get("/api/openapi.json").json["components"]["schemas"]
    field = schemas["StatsOut"]["properties"]["completed_by_day"]
    assert (field["minItems"], field["maxItems"], field["items"]) == (
        14,
        14,
        {"$ref": "#/components/schemas/CompletedDay"},
    )
    assert schemas["CompletedDay"]["properties"]["date"]["format"] == "date"
    assert set(schemas["CompletedDay"]["required"]) == {"date", "completed"}
