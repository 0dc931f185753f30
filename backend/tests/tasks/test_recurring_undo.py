"""Reopening a completed occurrence of a recurring task: the next occurrence its completion created goes while
no one has touched it (with its subtasks, its deletion recorded); once someone changed, completed or commented
on it, it stays and the reopened task leaves the series. A series never has two open occurrences."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, or_, select

from taskforge.extensions import db
from taskforge.tasks.models import Task
from tests.tasks.test_concurrency import run_together
from tests.tasks.test_recurring import WEEKLY, complete, make, series


def open_ones(client, auth, series_id):
    return [t["id"] for t in series(client, auth, series_id) if not t["completed"]]


def test_reopening_removes_the_untouched_next_occurrence_and_its_subtasks(client, auth):
    first = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence=WEEKLY)
    make(client, auth, title="step", parent_id=first["id"])
    complete(client, auth, first["id"])
    nxt = series(client, auth, first["id"])[1]
    (sub,) = client.get(f"/api/tasks/{nxt['id']}/subtasks", headers=auth).get_json()["items"]

    reopened = complete(client, auth, first["id"], done=False)

    assert reopened["completed"] is False
    assert reopened["recurrence"]["rrule"] == "FREQ=WEEKLY;BYDAY=MO,WE"  # still the series' occurrence
    assert reopened["reopened"] == {"outcome": "next_removed", "next_id": nxt["id"]}
    assert [t["id"] for t in series(client, auth, first["id"])] == [first["id"]]
    assert client.get(f"/api/tasks/{nxt['id']}", headers=auth).status_code == 404
    assert client.get(f"/api/tasks/{sub['id']}", headers=auth).status_code == 404
    history = client.get(f"/api/tasks/{nxt['id']}/history", headers=auth)
    assert history.status_code in (200, 404)  # the history of a deleted task is kept in the audit log
    audit = client.get(f"/api/audit?task_id={nxt['id']}", headers=auth).get_json()["items"]
    assert [event["action"] for event in audit] == ["create", "delete"]
    # Completing again makes one next occurrence again.
    complete(client, auth, first["id"])
    assert len(open_ones(client, auth, first["id"])) == 1


@pytest.mark.parametrize("touch", ["edit", "complete", "comment", "complete a subtask"])
def test_a_next_occurrence_someone_touched_stays_and_the_reopened_task_leaves_the_series(client, auth, touch):
    first = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence=WEEKLY)
    make(client, auth, title="step", parent_id=first["id"])
    complete(client, auth, first["id"])
    nxt = series(client, auth, first["id"])[1]
    if touch == "edit":
        assert (
            client.patch(f"/api/tasks/{nxt['id']}", json={"title": "moved"}, headers=auth).status_code == 200
        )
    elif touch == "complete":
        complete(client, auth, nxt["id"])
    elif touch == "comment":
        posted = client.post(f"/api/tasks/{nxt['id']}/comments", json={"text": "on it"}, headers=auth)
        assert posted.status_code == 201
    else:
        (sub,) = client.get(f"/api/tasks/{nxt['id']}/subtasks", headers=auth).get_json()["items"]
        complete(client, auth, sub["id"])

    reopened = complete(client, auth, first["id"], done=False)

    assert reopened["completed"] is False
    assert reopened["recurrence"] is None  # a one-off now
    assert reopened["reopened"] == {"outcome": "left_series", "next_id": nxt["id"]}
    assert client.get(f"/api/tasks/{nxt['id']}", headers=auth).status_code == 200
    remaining = series(client, auth, first["id"])
    assert first["id"] not in [t["id"] for t in remaining]
    assert len([t for t in remaining if not t["completed"]]) <= 1
    complete(client, auth, first["id"])  # completing the one-off makes no occurrence
    assert len(open_ones(client, auth, first["id"])) == 1  # the kept one (or, once completed, its own next)


def test_reopening_a_one_off_or_the_end_of_a_series_changes_nothing_else(client, auth):
    one_off = make(client, auth, due_date="2030-01-07T09:00:00Z")
    complete(client, auth, one_off["id"])
    assert "reopened" not in complete(client, auth, one_off["id"], done=False)
    last = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence={"rrule": "FREQ=DAILY;COUNT=1"})
    complete(client, auth, last["id"])
    reopened = complete(client, auth, last["id"], done=False)
    assert reopened["recurrence"]["rrule"] == "FREQ=DAILY;COUNT=1"
    assert "reopened" not in reopened


def test_reopening_while_others_complete_and_reopen_never_leaves_two_open_occurrences(
    base_app, committed_owner
):
    """Completions and reopenings of one occurrence, racing: whatever order they commit in, the series ends
    with exactly one open occurrence (the task's row lock orders them; the next one's guards its removal)."""
    owner = committed_owner(base_app)
    client = base_app.test_client()
    body = {"due_date": "2030-01-07T09:00:00Z", "recurrence": WEEKLY}
    assert client.patch(owner.task_url, json=body, headers=owner.headers).status_code == 200

    outcomes = run_together(
        base_app,
        8,
        lambda c, i: c.patch(owner.task_url, json={"completed": i % 2 == 0}, headers=owner.headers),
    )

    assert [o.status for o in outcomes] == [200] * 8
    with base_app.app_context():
        series = db.session.execute(
            select(Task.id, Task.completed).where(
                Task.user_id == owner.user_id, or_(Task.id == owner.task_id, Task.series_id == owner.task_id)
            )
        ).all()
        assert len([task_id for task_id, completed in series if not completed]) == 1, series
        db.session.execute(delete(Task).where(Task.user_id == owner.user_id, Task.id != owner.task_id))
        db.session.commit()
