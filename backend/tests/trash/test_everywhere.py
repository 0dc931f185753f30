"""A task in the trash leaves every list, count, feed and calendar at once, and comes back to each with a
restore: each endpoint is read before the delete (it shows the task), after it (nothing of it), and after the
restore (it shows the task again), so none of these checks can pass without the task having been seen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.trash.helpers import delete, make, make_project

MARK = "Zanzibar"  # in the trashed tasks' titles only


def _ids(body: dict[str, Any]) -> str:
    return str(body)


def _stats(body: dict[str, Any]) -> str:
    return f"total={body['total']} due_today={body['due_today']}"


def _tags(body: dict[str, Any]) -> str:
    return str({tag["name"]: tag["task_count"] for tag in body["items"]})


def _project_counts(body: dict[str, Any]) -> str:
    return str(body["counts"])


def _parent_subtasks(body: dict[str, Any]) -> str:
    return str(body["subtasks"])


# name -> (path template, what of the answer must change)
ENDPOINTS: dict[str, tuple[str, Any]] = {
    "task list": ("/api/tasks?per_page=100", _ids),
    "task list with subtasks": ("/api/tasks?include_subtasks=true&per_page=100", _ids),
    "search": (f"/api/tasks?search={MARK}&include_subtasks=true", _ids),
    "assigned to me": ("/api/tasks?assignee=me&include_subtasks=true", _ids),
    "tagged": ("/api/tasks?tag=trip&include_subtasks=true", _ids),
    "due today and upcoming": ("/api/tasks?due_before={tomorrow}&include_subtasks=true", _ids),
    "project's tasks": ("/api/tasks?project_id={project}&include_subtasks=true", _ids),
    "subtasks of a live parent": ("/api/tasks/{keeper}/subtasks", _ids),
    "the live parent's counts": ("/api/tasks/{keeper}", _parent_subtasks),
    "stats": ("/api/stats", _stats),
    "project counts": ("/api/projects/{project}", _project_counts),
    "projects list": ("/api/projects", lambda body: str([p["counts"] for p in body["items"]])),
    "tags with counts": ("/api/tags", _tags),
    "export": ("/api/export", _ids),
    "export as csv": ("/api/export?format=csv", None),
    "calendar feed": ("{feed}", None),
}


@pytest.fixture
def scene(client, auth, user):
    project = make_project(client, auth, "Travel")
    due = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    fields = {"project_id": project["id"], "due_date": due, "tags": ["trip"], "assignee_ids": [user.id]}
    root = make(client, auth, title=f"{MARK} trip", **fields)
    make(client, auth, title=f"{MARK} visa", parent_id=root["id"], due_date=due, tags=["trip"])
    keeper = make(client, auth, title="Keeper", project_id=project["id"])
    lone = make(client, auth, title=f"{MARK} tickets", parent_id=keeper["id"], due_date=due)
    token = client.post("/api/auth/calendar-token", headers=auth).get_json()["token"]
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    values = {
        "project": project["id"],
        "keeper": keeper["id"],
        "tomorrow": tomorrow,
        "feed": f"/api/calendar.ics?token={token}",
    }
    return {"roots": [root["id"], lone["id"]], "values": values}


def _read(client, auth, name: str, values: dict[str, Any]) -> str:
    path, pick = ENDPOINTS[name]
    response = client.get(path.format(**values), headers=auth)
    assert response.status_code == 200, (name, response.get_data(as_text=True)[:300])
    if pick is None:
        return response.get_data(as_text=True)
    return pick(response.get_json())


@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_a_task_in_the_trash_is_nowhere_and_comes_back_everywhere(client, auth, scene, name):
    values = scene["values"]
    before = _read(client, auth, name, values)
    if ENDPOINTS[name][1] in (_ids, None):
        assert MARK in before
    for root in scene["roots"]:
        delete(client, auth, f"/api/tasks/{root}")

    gone = _read(client, auth, name, values)

    assert gone != before
    if ENDPOINTS[name][1] in (_ids, None):
        assert MARK not in gone
    for root in scene["roots"]:
        restored = client.post(f"/api/trash/task-{root}/restore", headers=auth)
        assert restored.status_code == 200, restored.get_json()
    back = _read(client, auth, name, values)
    if ENDPOINTS[name][1] in (_ids, None):
        assert MARK in back
    else:
        assert back == before


def test_a_project_in_the_trash_takes_everything_in_it_away(client, auth, scene):
    values = scene["values"]
    before = {
        name: _read(client, auth, name, values) for name in ENDPOINTS if "{project}" not in ENDPOINTS[name][0]
    }
    delete(client, auth, f"/api/projects/{values['project']}")
    for name in ("task list", "search", "stats", "tags with counts", "export", "calendar feed"):
        assert _read(client, auth, name, values) != before[name], name
        if ENDPOINTS[name][1] in (_ids, None):
            assert MARK not in _read(client, auth, name, values)
    assert client.get(f"/api/tasks/{values['keeper']}", headers=auth).status_code == 404
    restored = client.post(f"/api/trash/project-{values['project']}/restore", headers=auth)
    assert restored.status_code == 200, restored.get_json()
    for name in ("task list", "search", "stats", "tags with counts"):
        assert _read(client, auth, name, values) == before[name], name
    assert MARK in _read(client, auth, "export", values)


def test_the_change_feed_tells_a_delete_then_a_create(client, auth, scene):
    start = client.get("/api/changes", headers=auth).get_json()["cursor"]
    root = scene["roots"][0]
    delete(client, auth, f"/api/tasks/{root}")
    assert client.post(f"/api/trash/task-{root}/restore", headers=auth).status_code == 200
    page = client.get("/api/changes", query_string={"since": start}, headers=auth).get_json()
    actions = [(change["id"], change["action"]) for change in page["items"]]
    assert actions[0] == (root, "delete")
    assert (root, "create") in actions
    created = next(c for c in page["items"] if c["action"] == "create" and c["id"] == root)
    assert created["task"]["title"] == f"{MARK} trip"
