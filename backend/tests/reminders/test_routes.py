"""Reminders on tasks: set by moment or minutes before the due date, moved with the due date, kept when a
list is sent again, removed on completion and with the task, copied to a recurring task's next occurrence."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from taskforge.extensions import db
from taskforge.reminders.models import Reminder

DUE = "2030-01-10T09:00:00Z"


def make(client, auth, **fields):
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def patch(client, auth, task, **fields):
    response = client.patch(f"/api/tasks/{task['id']}", json=fields, headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def fires(task) -> list:
    return [(r["at"], r["before_due"], r["fire_at"]) for r in task["reminders"]]


def problem_fields(response) -> set[str]:
    assert response.status_code == 422, response.get_json()
    assert response.mimetype == "application/problem+json"
    return {error["field"] for error in response.get_json()["errors"]}


def test_reminders_by_moment_and_before_the_due_date(client, auth):
    task = make(
        client,
        auth,
        due_date=DUE,
        reminders=[{"before_due": 60}, {"at": "2030-01-01T08:00:00+01:00"}, {"before_due": 0}],
    )
    assert fires(task) == [
        ("2030-01-01T07:00:00Z", None, "2030-01-01T07:00:00Z"),
        (None, 60, "2030-01-10T08:00:00Z"),
        (None, 0, "2030-01-10T09:00:00Z"),
    ]
    reminder = task["reminders"][0]
    assert reminder["sent_at"] is None
    assert reminder["late"] is False
    assert client.get(f"/api/tasks/{task['id']}", headers=auth).get_json()["reminders"] == task["reminders"]


def test_the_due_date_moves_its_reminders(client, auth):
    task = make(client, auth, due_date=DUE, reminders=[{"before_due": 30}, {"at": "2030-01-01T00:00:00Z"}])
    moved = patch(client, auth, task, due_date="2030-02-01T09:00:00Z")
    assert fires(moved) == [
        ("2030-01-01T00:00:00Z", None, "2030-01-01T00:00:00Z"),
        (None, 30, "2030-02-01T08:30:00Z"),
    ]
    assert [r["id"] for r in moved["reminders"]] == [r["id"] for r in task["reminders"]]
    undated = patch(client, auth, moved, due_date=None)
    assert fires(undated)[1] == (None, 30, None)  # kept, silent until the task has a due date again


def test_sending_the_same_list_changes_nothing(client, auth):
    task = make(client, auth, due_date=DUE, reminders=[{"before_due": 30}])
    same = patch(client, auth, task, reminders=[{"before_due": 30}, {"before_due": 30}])
    assert same["version"] == task["version"]
    more = patch(client, auth, task, reminders=[{"before_due": 30}, {"before_due": 5}])
    assert more["version"] == task["version"] + 1
    assert more["reminders"][0]["id"] == task["reminders"][0]["id"]  # kept, with its delivery state
    cleared = patch(client, auth, task, reminders=[])
    assert cleared["reminders"] == []


def test_completing_removes_them_and_purging_takes_them_along(client, auth, user):
    task = make(client, auth, due_date=DUE, reminders=[{"before_due": 30}])
    other = make(client, auth, due_date=DUE, reminders=[{"before_due": 30}])
    assert patch(client, auth, task, completed=True)["reminders"] == []
    assert client.delete(f"/api/tasks/{other['id']}", headers=auth).status_code == 204
    count = select(func.count()).select_from(Reminder).where(Reminder.user_id == user.id)
    assert db.session.execute(count).scalar_one() == 1  # kept in the trash, silent (tests/trash)
    assert client.delete(f"/api/trash/task-{other['id']}", headers=auth).status_code == 204
    assert db.session.execute(count).scalar_one() == 0
    # A completed task takes no reminders.
    done = make(client, auth, completed=True, reminders=[{"at": "2030-01-01T00:00:00Z"}])
    assert done["reminders"] == []


def test_the_next_occurrence_gets_its_own_reminders(client, auth):
    task = make(
        client,
        auth,
        due_date=DUE,
        recurrence={"rrule": "FREQ=WEEKLY"},
        reminders=[{"before_due": 15}, {"at": "2030-01-09T18:00:00Z"}],
    )
    patch(client, auth, task, completed=True)
    listed = client.get("/api/tasks?completed=false", headers=auth).get_json()["items"]
    (follower,) = listed
    assert fires(follower) == [
        ("2030-01-16T18:00:00Z", None, "2030-01-16T18:00:00Z"),
        (None, 15, "2030-01-17T08:45:00Z"),
    ]


def test_changes_to_reminders_are_in_the_history(client, auth):
    task = make(client, auth, due_date=DUE, reminders=[{"before_due": 30}])
    patch(client, auth, task, reminders=[{"at": "2030-01-01T00:00:00Z"}])
    events = client.get(f"/api/tasks/{task['id']}/history", headers=auth).get_json()["items"]
    assert events[0]["changes"]["reminders"] == [None, [{"before_due": 30}]]
    assert events[1]["changes"]["reminders"] == [[{"before_due": 30}], [{"at": "2030-01-01T00:00:00Z"}]]


@pytest.mark.parametrize(
    ("reminders", "field"),
    [
        ([{"before_due": 30}], "reminders[0].before_due"),  # no due date
        ([{"at": "2030-01-01T00:00:00Z", "before_due": 5}], "reminders[0]"),
        ([{}], "reminders[0]"),
        ([{"before_due": -1}], "reminders[0]"),
        ([{"before_due": 40321}], "reminders[0]"),
        ([{"before_due": True}], "reminders[0]"),
        ([{"at": "2030-01-01T00:00:00"}], "reminders[0]"),
        ([{"at": "2030-01-01T00:00:00Z"}] * 11, "reminders"),
        ("soon", "reminders"),
    ],
)
def test_malformed_reminders_are_422(client, auth, reminders, field):
    fields = problem_fields(
        client.post("/api/tasks", json={"title": "t", "reminders": reminders}, headers=auth)
    )
    assert any(name == field or name.startswith(field + ".") for name in fields), fields


def test_another_users_task_reminders_are_out_of_reach(client, auth, other_auth):
    task = make(client, auth, due_date=DUE, reminders=[{"before_due": 30}])
    response = client.patch(f"/api/tasks/{task['id']}", json={"reminders": []}, headers=other_auth)
    assert response.status_code == 404
    assert client.get(f"/api/tasks/{task['id']}", headers=auth).get_json()["reminders"] == task["reminders"]
