"""Recurring tasks through the API: rules checked with reasons, completing creates exactly one next occurrence
(tags and subtasks copied, not completed), wall-clock time kept across DST in the user's zone, COUNT ends the
series, the completion anchor, and the bounded preview of upcoming due dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, select

from taskforge.extensions import db
from taskforge.tasks.models import Task
from tests.tasks.test_concurrency import run_together

WEEKLY = {"rrule": "FREQ=WEEKLY;BYDAY=MO,WE"}


def make(client, auth, **fields):
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def errors(response) -> dict[str, str]:
    assert response.status_code == 422, response.get_json()
    return {e["field"]: e["message"] for e in response.get_json()["errors"]}


def complete(client, auth, task_id, done=True):
    response = client.patch(f"/api/tasks/{task_id}", json={"completed": done}, headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def series(client, auth, series_id) -> list[dict]:
    items = client.get("/api/tasks?include_subtasks=true&per_page=100", headers=auth).get_json()["items"]
    found = [t for t in items if t["recurrence"] and t["recurrence"]["series_id"] == series_id]
    return sorted(found, key=lambda t: t["recurrence"]["occurrence"])


def test_a_recurring_task_shows_its_normalised_rule_and_series(client, auth):
    task = make(
        client, auth, due_date="2030-01-07T09:00:00Z", recurrence={"rrule": "rrule:freq=weekly;byday=we,mo"}
    )
    assert task["recurrence"] == {
        "rrule": "FREQ=WEEKLY;BYDAY=MO,WE",
        "anchor": "due",
        "timezone": "UTC",
        "series_id": task["id"],
        "occurrence": 1,
    }


@pytest.mark.parametrize(
    ("rrule", "reason"),
    [
        ("FREQ=HOURLY", "DAILY"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20300101", "COUNT and UNTIL"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY"),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never"),
        ("BYDAY=MO", "FREQ"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL"),
    ],
)
def test_bad_rules_are_refused_with_the_reason(client, auth, rrule, reason):
    body = {"title": "t", "due_date": "2030-01-07T09:00:00Z", "recurrence": {"rrule": rrule}}
    found = errors(client.post("/api/tasks", json=body, headers=auth))
    assert list(found) == ["recurrence.rrule"]
    assert reason in found["recurrence.rrule"]
    assert client.get("/api/tasks", headers=auth).get_json()["total"] == 0


def test_a_recurring_task_needs_a_due_date(client, auth):
    assert list(
        errors(client.post("/api/tasks", json={"title": "t", "recurrence": WEEKLY}, headers=auth))
    ) == ["recurrence"]
    task = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence=WEEKLY)
    assert list(errors(client.patch(f"/api/tasks/{task['id']}", json={"due_date": None}, headers=auth))) == [
        "due_date"
    ]
    cleared = client.patch(
        f"/api/tasks/{task['id']}", json={"recurrence": None, "due_date": None}, headers=auth
    )
    assert cleared.get_json()["recurrence"] is None


def test_completing_creates_the_next_occurrence_with_tags_and_fresh_subtasks(client, auth):
    first = make(
        client,
        auth,
        title="water",
        priority=3,
        tags=["home"],
        due_date="2030-01-07T09:00:00Z",
        recurrence=WEEKLY,
    )
    make(client, auth, title="fern", parent_id=first["id"], completed=True)
    complete(client, auth, first["id"])

    found = series(client, auth, first["id"])
    assert [t["due_date"] for t in found] == ["2030-01-07T09:00:00Z", "2030-01-09T09:00:00Z"]
    nxt = found[1]
    assert (nxt["title"], nxt["priority"], nxt["tags"], nxt["completed"]) == ("water", 3, ["home"], False)
    assert nxt["recurrence"]["occurrence"] == 2
    assert nxt["subtasks"] == {"total": 1, "completed": 0}
    sub = client.get(f"/api/tasks/{nxt['id']}/subtasks", headers=auth).get_json()["items"]
    assert [(s["title"], s["completed"]) for s in sub] == [("fern", False)]


def test_the_next_occurrence_and_its_subtasks_go_to_the_end_of_the_manual_order(client, auth):
    first = make(client, auth, title="weekly", due_date="2030-01-07T09:00:00Z", recurrence=WEEKLY)
    make(client, auth, title="step", parent_id=first["id"])
    make(client, auth, title="later")
    complete(client, auth, first["id"])

    everything = client.get("/api/tasks?include_subtasks=true&sort=position&order=asc", headers=auth)
    titles = [t["title"] for t in everything.get_json()["items"]]
    assert titles == ["weekly", "step", "later", "weekly", "step"]


def test_completing_again_never_makes_a_second_next_occurrence(client, auth):
    first = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence=WEEKLY)
    complete(client, auth, first["id"])
    complete(client, auth, first["id"], done=False)
    complete(client, auth, first["id"])
    assert len(series(client, auth, first["id"])) == 2


def test_count_ends_the_series(client, auth):
    first = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence={"rrule": "FREQ=DAILY;COUNT=2"})
    complete(client, auth, first["id"])
    second = series(client, auth, first["id"])[1]
    complete(client, auth, second["id"])
    assert len(series(client, auth, first["id"])) == 2


def test_nine_oclock_stays_nine_oclock_across_dst_in_the_users_zone(client, auth):
    client.patch("/api/auth/me", json={"timezone": "America/New_York"}, headers=auth)
    # Saturday 9 March 2030, 09:00 EST; New York moves to EDT on Sunday the 10th.
    first = make(client, auth, due_date="2030-03-09T09:00:00-05:00", recurrence={"rrule": "FREQ=DAILY"})
    assert first["recurrence"]["timezone"] == "America/New_York"
    complete(client, auth, first["id"])
    second = series(client, auth, first["id"])[1]
    assert second["due_date"] == "2030-03-10T13:00:00Z"  # 09:00 EDT


def test_the_completion_anchor_counts_from_the_completion(client, auth, monkeypatch):
    monkeypatch.setattr("taskforge.tasks.service.utcnow", lambda: datetime(2030, 1, 10, 15, 0, tzinfo=UTC))
    first = make(
        client,
        auth,
        due_date="2030-01-01T09:00:00Z",
        recurrence={"rrule": "FREQ=DAILY;INTERVAL=3", "anchor": "completion"},
    )
    complete(client, auth, first["id"])
    assert series(client, auth, first["id"])[1]["due_date"] == "2030-01-13T09:00:00Z"


def test_concurrent_completions_make_one_next_occurrence(base_app, committed_owner):
    owner = committed_owner(base_app)
    client = base_app.test_client()
    body = {"due_date": "2030-01-07T09:00:00Z", "recurrence": WEEKLY}
    assert client.patch(owner.task_url, json=body, headers=owner.headers).status_code == 200

    outcomes = run_together(
        base_app, 8, lambda c, i: c.patch(owner.task_url, json={"completed": True}, headers=owner.headers)
    )

    assert [o.status for o in outcomes] == [200] * 8
    with base_app.app_context():
        followers = db.session.execute(select(Task.id).where(Task.previous_id == owner.task_id)).all()
        assert len(followers) == 1
        db.session.execute(delete(Task).where(Task.user_id == owner.user_id, Task.id != owner.task_id))
        db.session.commit()


def test_the_preview_lists_upcoming_due_dates(client, auth):
    task = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence=WEEKLY)
    url = f"/api/tasks/{task['id']}/occurrences"
    window = client.get(f"{url}?from=2030-01-01T00:00:00Z&to=2030-01-16T00:00:00Z", headers=auth).get_json()
    assert window["items"] == [
        "2030-01-07T09:00:00Z",
        "2030-01-09T09:00:00Z",
        "2030-01-14T09:00:00Z",
    ]
    limited = client.get(f"{url}?from=2030-01-01T00:00:00Z&limit=2", headers=auth).get_json()["items"]
    assert len(limited) == 2
    assert list(
        errors(client.get(f"{url}?from=2030-01-01T00:00:00Z&to=2045-01-01T00:00:00Z", headers=auth))
    ) == ["to"]
    assert list(
        errors(client.get(f"{url}?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", headers=auth))
    ) == ["to"]
    assert list(errors(client.get(f"{url}?limit=101", headers=auth))) == ["limit"]
    assert list(errors(client.get(f"{url}?since=2030-01-01T00:00:00Z", headers=auth))) == ["since"]


def test_a_one_off_task_previews_its_own_due_date(client, auth):
    task = make(client, auth, due_date="2030-01-07T09:00:00Z")
    url = f"/api/tasks/{task['id']}/occurrences?from=2030-01-01T00:00:00Z"
    assert client.get(url, headers=auth).get_json()["items"] == ["2030-01-07T09:00:00Z"]


def test_another_users_series_is_invisible(client, auth, other_auth):
    task = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence=WEEKLY)
    assert client.get(f"/api/tasks/{task['id']}/occurrences", headers=other_auth).status_code == 404
    assert (
        client.patch(f"/api/tasks/{task['id']}", json={"completed": True}, headers=other_auth).status_code
        == 404
    )
    assert len(series(client, auth, task["id"])) == 1
