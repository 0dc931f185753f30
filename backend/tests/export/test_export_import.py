"""GET /api/export (JSON and CSV) and POST /api/import: a round trip keeps tasks, tags, subtasks and recurring
series; an import is all or nothing, a dry run changes nothing, and nobody exports or imports into another
user's data. (Projects and sections: test_projects.py.)"""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import func, select

from taskforge.audit.models import AuditEvent
from taskforge.extensions import db
from taskforge.tags.models import Tag
from taskforge.tasks.models import Task
from tests.factories import inbox_of

EXPORT = "/api/export"
IMPORT = "/api/import"


def make(client, auth, **fields):
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def exported(client, auth) -> dict:
    response = client.get(EXPORT, headers=auth)
    assert response.status_code == 200, response.get_json()
    assert response.mimetype == "application/json"
    return response.get_json()


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    return response.get_json()


def count(model, user) -> int:
    return db.session.execute(
        select(func.count()).select_from(model).where(model.user_id == user.id)
    ).scalar_one()


@pytest.fixture
def workspace(client, auth):
    """Tags with colours, three levels of subtasks, a recurring series with one completed occurrence."""
    client.post("/api/tags", json={"name": "Work", "color": "#0d6efd"}, headers=auth)
    parent = make(client, auth, title="Launch", tags=["Work", "big"], priority=4, description="=SUM(A1)")
    child = make(client, auth, title="Write notes", parent_id=parent["id"])
    make(client, auth, title="Proofread", parent_id=child["id"], completed=True)
    weekly = make(
        client,
        auth,
        title="Standup",
        due_date="2026-03-23T09:00:00+01:00",
        recurrence={"rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4", "anchor": "due"},
    )
    client.patch(f"/api/tasks/{weekly['id']}", json={"completed": True}, headers=auth)
    return {"parent": parent, "child": child, "weekly": weekly}


def without_ids(document: dict) -> list[dict]:
    """The tasks of an export with their ids (which an import renews) replaced by titles and names."""
    titles = {task["id"]: task["title"] for task in document["tasks"]}
    projects = {project["id"]: project["name"] for project in document["projects"]}
    sections = {s["id"]: s["name"] for project in document["projects"] for s in project["sections"]}
    result = []
    for task in document["tasks"]:
        task = {**task, "id": None, "created_at": None}
        task["parent_id"] = titles.get(task["parent_id"])
        task["previous_id"] = titles.get(task["previous_id"])
        task["project_id"] = projects.get(task["project_id"])
        task["section_id"] = sections.get(task["section_id"])
        result.append(task)
    return result


def test_the_export_holds_every_task_tag_subtask_and_series_link(client, auth, user, workspace):
    document = exported(client, auth)

    assert document["format"] == "taskforge"
    assert document["version"] == 2
    inbox = inbox_of(user)
    assert document["projects"] == [
        {
            "id": inbox,
            "name": "Inbox",
            "description": None,
            "color": "#6c757d",
            "archived": False,
            "inbox": True,
            "sections": [],
        }
    ]
    assert {(task["project_id"], task["section_id"]) for task in document["tasks"]} == {(inbox, None)}
    assert document["tags"] == [{"name": "big", "color": "#6c757d"}, {"name": "Work", "color": "#0d6efd"}]
    by_title = {task["title"]: task for task in document["tasks"]}
    assert [task["title"] for task in document["tasks"]] == [
        "Launch",
        "Write notes",
        "Proofread",
        "Standup",
        "Standup",
    ]  # manual order
    assert by_title["Launch"]["tags"] == ["big", "Work"]
    assert by_title["Launch"]["description"] == "=SUM(A1)"
    assert by_title["Write notes"]["parent_id"] == workspace["parent"]["id"]
    assert by_title["Proofread"]["parent_id"] == workspace["child"]["id"]
    assert by_title["Proofread"]["completed"] is True
    first, second = (task for task in document["tasks"] if task["title"] == "Standup")
    assert first["recurrence"] == {
        "rrule": "FREQ=WEEKLY;COUNT=4;BYDAY=MO",
        "anchor": "due",
        "timezone": "UTC",
        "series_start": "2026-03-23T08:00:00Z",
        "occurrence": 1,
    }
    assert second["recurrence"]["occurrence"] == 2
    assert second["previous_id"] == first["id"]
    assert second["due_date"] == "2026-03-30T08:00:00Z"


def test_the_export_is_a_download(client, auth, workspace):
    response = client.get(EXPORT, headers=auth)
    assert response.headers["Content-Disposition"].startswith("attachment; filename=taskforge-export-")
    assert response.headers["Content-Disposition"].endswith(".json")
    assert response.headers["Cache-Control"] == "no-store"


def test_an_import_gives_back_what_was_exported(client, auth, other_auth, workspace):
    document = exported(client, auth)

    response = client.post(IMPORT, json=document, headers=other_auth)

    assert response.status_code == 201, response.get_json()
    report = response.get_json()
    assert report["dry_run"] is False
    assert report["tasks_created"] == 5
    assert report["projects_created"] == []  # the Inbox's tasks go to the importer's Inbox
    assert report["tags_created"] == ["big", "Work"]
    assert [t["source_id"] for t in report["tasks"]] == [t["id"] for t in document["tasks"]]
    assert all(t["id"] is not None and t["id"] != t["source_id"] for t in report["tasks"])
    again = exported(client, other_auth)
    assert without_ids(again) == without_ids(document)
    assert again["tags"] == document["tags"]
    assert [{**p, "id": None} for p in again["projects"]] == [{**p, "id": None} for p in document["projects"]]


def test_an_imported_series_goes_on_where_it_stopped(client, auth, other_auth, workspace):
    report = client.post(IMPORT, json=exported(client, auth), headers=other_auth).get_json()
    first_id, second_id = (t["id"] for t in report["tasks"] if t["title"] == "Standup")

    # The completed occurrence already has its follower, untouched since the import: reopening it removes that
    # one (as if its completion had created it), and completing it again creates exactly one again.
    client.patch(f"/api/tasks/{first_id}", json={"completed": False}, headers=other_auth)
    assert client.get(f"/api/tasks/{second_id}", headers=other_auth).status_code == 404
    client.patch(f"/api/tasks/{first_id}", json={"completed": True}, headers=other_auth)
    found = client.get("/api/tasks?completed=false&search=Standup", headers=other_auth).get_json()["items"]
    (second,) = [t for t in found if t["recurrence"]["occurrence"] == 2]
    completed = client.patch(f"/api/tasks/{second['id']}", json={"completed": True}, headers=other_auth)

    assert completed.status_code == 200
    series = client.get(
        "/api/tasks?include_subtasks=true&sort=due_date&order=asc&search=Standup", headers=other_auth
    ).get_json()["items"]
    assert [(t["due_date"], t["recurrence"]["occurrence"]) for t in series] == [
        ("2026-03-23T08:00:00Z", 1),
        ("2026-03-30T08:00:00Z", 2),
        ("2026-04-06T08:00:00Z", 3),
    ]
    assert {t["recurrence"]["series_id"] for t in series} == {first_id}


def test_imported_tasks_are_recorded_in_the_history(client, auth, other_auth, workspace):
    report = client.post(IMPORT, json=exported(client, auth), headers=other_auth).get_json()
    launch_id, notes_id = report["tasks"][0]["id"], report["tasks"][1]["id"]
    events = client.get(f"/api/tasks/{launch_id}/history", headers=other_auth).get_json()["items"]
    assert [event["action"] for event in events] == ["create"]
    # The same event an API create records (written in bulk here).
    launch = client.get(f"/api/tasks/{launch_id}", headers=other_auth).get_json()
    assert events[0]["changes"] == {
        "title": [None, "Launch"],
        "description": [None, "=SUM(A1)"],
        "priority": [None, 4],
        "completed": [None, False],
        "tags": [None, ["big", "Work"]],
        "position": [None, launch["position"]],
        "project_id": [None, launch["project_id"]],
    }
    original = client.get(f"/api/tasks/{workspace['parent']['id']}/history", headers=auth).get_json()["items"]
    ignore = {"position": None, "project_id": None}  # each person's own Inbox
    assert {**original[0]["changes"], **ignore} == {**events[0]["changes"], **ignore}
    child = client.get(f"/api/tasks/{notes_id}/history", headers=other_auth).get_json()["items"][0]
    assert child["changes"]["parent_id"] == [None, launch_id]
    assert child["request_id"] == events[0]["request_id"]


def test_existing_tags_are_reused_with_their_colour(client, auth, other_auth, workspace):
    client.post("/api/tags", json={"name": "WORK", "color": "#198754"}, headers=other_auth)

    report = client.post(IMPORT, json=exported(client, auth), headers=other_auth).get_json()

    assert report["tags_created"] == ["big"]
    tags = client.get("/api/tags", headers=other_auth).get_json()["items"]
    assert [(t["name"], t["color"], t["task_count"]) for t in tags] == [
        ("big", "#6c757d", 1),
        ("WORK", "#198754", 1),
    ]


def test_imported_tasks_go_after_the_existing_ones(client, auth, other_auth, workspace):
    make(client, other_auth, title="mine")
    client.post(IMPORT, json=exported(client, auth), headers=other_auth)
    listed = client.get("/api/tasks?sort=position&order=asc", headers=other_auth).get_json()["items"]
    assert [t["title"] for t in listed] == ["mine", "Launch", "Standup", "Standup"]


def test_a_dry_run_reports_and_changes_nothing(client, auth, other_auth, other_user, workspace):
    response = client.post(f"{IMPORT}?dry_run=true", json=exported(client, auth), headers=other_auth)

    assert response.status_code == 200
    report = response.get_json()
    assert report["dry_run"] is True
    assert report["tasks_created"] == 5
    assert report["projects_created"] == []
    assert report["tags_created"] == ["big", "Work"]
    assert [t["title"] for t in report["tasks"]][:2] == ["Launch", "Write notes"]
    assert {t["id"] for t in report["tasks"]} == {None}
    assert count(Task, other_user) == 0
    assert count(Tag, other_user) == 0
    assert count(AuditEvent, other_user) == 0


def minimal(*tasks: dict) -> dict:
    return {"format": "taskforge", "version": 1, "tasks": list(tasks)}


@pytest.mark.parametrize(
    ("tasks", "field", "message"),
    [
        ([{"id": 1, "title": "a"}, {"id": 1, "title": "b"}], "tasks[1].id", "is also the id of tasks[0]"),
        ([{"id": 1, "title": "a", "parent_id": 9}], "tasks[0].parent_id", "no task with this id"),
        (
            [{"id": 1, "title": "a", "parent_id": 2}, {"id": 2, "title": "b", "parent_id": 1}],
            "tasks[0].parent_id",
            "subtask of itself",
        ),
        (
            [
                {"id": 1, "title": "a"},
                {"id": 2, "title": "b", "parent_id": 1},
                {"id": 3, "title": "c", "parent_id": 2},
                {"id": 4, "title": "d", "parent_id": 3},
            ],
            "tasks[3].parent_id",
            "at most 3 levels",
        ),
        ([{"id": 1, "title": "a", "recurrence": {"rrule": "FREQ=DAILY"}}], "tasks[0].recurrence", "due_date"),
        (
            [
                {
                    "id": 1,
                    "title": "a",
                    "due_date": "2026-01-01T00:00:00Z",
                    "recurrence": {"rrule": "FREQ=HOURLY"},
                }
            ],
            "tasks[0].recurrence.rrule",
            "FREQ",
        ),
        (
            [
                {"id": 1, "title": "a"},
                {"id": 2, "title": "b", "previous_id": 1},
                {"id": 3, "title": "c", "previous_id": 1},
            ],
            "tasks[2].previous_id",
            "follows that occurrence already",
        ),
        (
            [{"id": 1, "title": "a", "previous_id": 2}, {"id": 2, "title": "b", "previous_id": 1}],
            "tasks[0].previous_id",
            "circle",
        ),
    ],
    ids=[
        "duplicate-id",
        "unknown-parent",
        "parent-cycle",
        "too-deep",
        "no-due-date",
        "bad-rule",
        "two-followers",
        "circle",
    ],
)
def test_one_broken_task_and_nothing_is_imported(client, auth, user, tasks, field, message):
    good = {"id": 100, "title": "fine", "tags": ["new-tag"]}
    response = client.post(IMPORT, json=minimal(*tasks, good), headers=auth)

    body = problem(response, 422)
    errors = {error["field"]: error["message"] for error in body["errors"]}
    assert message in errors[field], errors
    assert "nothing was changed" in body["detail"]
    assert count(Task, user) == 0
    assert count(Tag, user) == 0


def test_every_broken_task_is_named(client, auth):
    tasks = [{"id": i, "title": "x", "parent_id": 1000 + i} for i in range(1, 4)]
    errors = problem(client.post(IMPORT, json=minimal(*tasks), headers=auth), 422)["errors"]
    assert [e["field"] for e in errors] == ["tasks[0].parent_id", "tasks[1].parent_id", "tasks[2].parent_id"]


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"format": "todoist", "version": 1, "tasks": []}, "format"),
        ({"format": "taskforge", "version": 3, "tasks": []}, "version"),
        ({"format": "taskforge", "version": "2", "tasks": []}, "version"),
        ({"format": "taskforge", "version": 1}, "tasks"),
        (minimal({"id": 1, "title": "a", "priority": 5}), "tasks[0].priority"),
        (minimal({"id": 1, "title": ""}), "tasks[0].title"),
        (minimal({"id": 1, "title": "a", "due_date": "2026-01-01T00:00:00"}), "tasks[0].due_date"),
        (minimal({"id": 0, "title": "a"}), "tasks[0].id"),
        (
            minimal(
                {"id": 1, "title": "a", "recurrence": {"rrule": "FREQ=DAILY", "timezone": "Mars/Olympus"}}
            ),
            "tasks[0].recurrence.timezone",
        ),
        (minimal({"id": 1, "title": "a", "surprise": True}), "tasks[0].surprise"),
        ({**minimal(), "tags": [{"name": "x", "color": "red"}]}, "tags[0].color"),
    ],
)
def test_documents_of_the_wrong_shape_are_422(client, auth, document, field):
    errors = problem(client.post(IMPORT, json=document, headers=auth), 422)["errors"]
    assert field in {error["field"] for error in errors}


def test_at_most_ten_thousand_tasks_per_import(client, auth, user):
    tasks = [{"id": i, "title": "x"} for i in range(1, 10_002)]
    errors = problem(client.post(IMPORT, json=minimal(*tasks), headers=auth), 422)["errors"]
    assert "tasks" in {error["field"] for error in errors}
    assert count(Task, user) == 0


def test_an_import_may_be_larger_than_other_bodies_up_to_its_own_limit(app, client, auth, user):
    tasks = [{"id": i, "title": "x", "description": "d" * 9_000} for i in range(1, 201)]
    body = json.dumps(minimal(*tasks))
    assert len(body) > app.config["MAX_CONTENT_LENGTH"]
    response = client.post(IMPORT, data=body, content_type="application/json", headers=auth)
    assert response.status_code == 201, response.get_json()
    assert count(Task, user) == 200

    app.config["MAX_IMPORT_BYTES"], limit = len(body) - 1, app.config["MAX_IMPORT_BYTES"]
    try:
        problem(client.post(IMPORT, data=body, content_type="application/json", headers=auth), 413)
    finally:
        app.config["MAX_IMPORT_BYTES"] = limit
    assert count(Task, user) == 200


def test_completed_tasks_keep_their_dates(client, auth):
    document = minimal(
        {
            "id": 7,
            "title": "done",
            "completed": True,
            "completed_at": "2025-01-02T03:04:05+02:00",
            "created_at": "2024-12-31T00:00:00Z",
        },
        {"id": 8, "title": "done, no date", "completed": True},
        {"id": 9, "title": "open", "completed_at": "2025-01-02T03:04:05Z"},
    )
    report = client.post(IMPORT, json=document, headers=auth).get_json()
    done, undated, still_open = (
        client.get(f"/api/tasks/{t['id']}", headers=auth).get_json() for t in report["tasks"]
    )
    assert (done["completed_at"], done["created_at"]) == ("2025-01-02T01:04:05Z", "2024-12-31T00:00:00Z")
    assert undated["completed_at"] is not None
    assert still_open["completed_at"] is None


def test_a_follower_whose_predecessor_is_not_in_the_document_starts_the_series(client, auth):
    document = minimal(
        {
            "id": 5,
            "title": "b",
            "due_date": "2026-01-02T09:00:00Z",
            "previous_id": 4,
            "recurrence": {"rrule": "FREQ=DAILY", "series_start": "2026-01-01T09:00:00Z", "occurrence": 2},
        }
    )
    report = client.post(IMPORT, json=document, headers=auth).get_json()
    task = client.get(f"/api/tasks/{report['tasks'][0]['id']}", headers=auth).get_json()
    assert task["recurrence"]["series_id"] == task["id"]
    assert task["recurrence"]["occurrence"] == 2


def test_csv_export(client, auth, workspace):
    response = client.get(f"{EXPORT}?format=csv", headers=auth)

    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].endswith(".csv")
    raw = response.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")  # so that Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == ["Launch", "Write notes", "Proofread", "Standup", "Standup"]
    launch = rows[0]
    assert launch["description"] == "'=SUM(A1)"  # a formula in a spreadsheet otherwise
    assert launch["tags"] == "big, Work"
    assert launch["priority"] == "4"
    assert (launch["project"], launch["section"]) == ("Inbox", "")
    assert rows[1]["parent_id"] == launch["id"]
    assert rows[3]["rrule"] == "FREQ=WEEKLY;COUNT=4;BYDAY=MO"
    assert rows[3]["due_date"] == "2026-03-23T08:00:00Z"
    assert rows[4]["previous_id"] == rows[3]["id"]
    assert raw.count(b"\r\n") == 6


def test_nobody_exports_another_users_tasks(client, auth, other_auth, workspace):
    make(client, other_auth, title="theirs")
    assert [t["title"] for t in exported(client, other_auth)["tasks"]] == ["theirs"]
    assert "theirs" not in {t["title"] for t in exported(client, auth)["tasks"]}


def test_an_import_cannot_reach_another_users_tasks(client, auth, other_auth, workspace):
    """Ids in a document are the document's own: an id or parent id of another user's task is just a label."""
    theirs = workspace["parent"]["id"]
    before = client.get(f"/api/tasks/{theirs}", headers=auth).get_json()
    document = minimal({"id": theirs, "title": "a"}, {"id": 1, "title": "b", "parent_id": theirs})

    report = client.post(IMPORT, json=document, headers=other_auth).get_json()

    child = client.get(f"/api/tasks/{report['tasks'][1]['id']}", headers=other_auth).get_json()
    assert child["parent_id"] == report["tasks"][0]["id"] != theirs
    assert client.get(f"/api/tasks/{theirs}", headers=auth).get_json() == before
