"""The HTTP contract of /api/trash: every status code each endpoint can answer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.factories import inbox_of
from tests.trash.helpers import delete, make, make_project, problem, trash, trash_ids

MISSING = 2**63 - 1


def test_deleting_a_task_answers_204_and_puts_it_in_the_trash(client, auth, user):
    parent = make(client, auth, title="Plan the trip")
    make(client, auth, title="Book", parent_id=parent["id"])
    child = make(client, auth, title="Pack", parent_id=parent["id"])
    make(client, auth, title="Socks", parent_id=child["id"])

    delete(client, auth, f"/api/tasks/{parent['id']}")

    assert client.get(f"/api/tasks/{parent['id']}", headers=auth).status_code == 404
    (item,) = trash(client, auth)
    deleted_at = datetime.fromisoformat(item.pop("deleted_at"))
    purge_at = datetime.fromisoformat(item.pop("purge_at"))
    assert purge_at - deleted_at == timedelta(days=30)
    assert abs(datetime.now(UTC) - deleted_at) < timedelta(minutes=1)
    assert item == {
        "id": f"task-{parent['id']}",
        "kind": "task",
        "title": "Plan the trip",
        "project_id": inbox_of(user),
        "project_name": "Inbox",
        "deleted_by": {"id": user.id, "username": user.username},
        "subtask_count": 3,
        "task_count": None,
    }


def test_deleting_a_project_puts_it_in_its_owners_trash(client, auth, user):
    project = make_project(client, auth, "Garden")
    make(client, auth, project_id=project["id"])
    make(client, auth, project_id=project["id"])
    delete(client, auth, f"/api/projects/{project['id']}")

    assert client.get(f"/api/projects/{project['id']}", headers=auth).status_code == 404
    (item,) = trash(client, auth)
    assert (item["id"], item["kind"], item["title"], item["task_count"], item["subtask_count"]) == (
        f"project-{project['id']}",
        "project",
        "Garden",
        2,
        None,
    )
    assert (item["project_id"], item["project_name"]) == (project["id"], "Garden")


def test_the_trash_is_newest_first_and_pages_with_a_cursor(client, auth):
    made = [make(client, auth, title=f"t{n}")["id"] for n in range(5)]
    project = make_project(client, auth)
    for task_id in made[:3]:
        delete(client, auth, f"/api/tasks/{task_id}")
    delete(client, auth, f"/api/projects/{project['id']}")
    for task_id in made[3:]:
        delete(client, auth, f"/api/tasks/{task_id}")
    newest_first = [f"task-{made[4]}", f"task-{made[3]}", f"project-{project['id']}"] + [
        f"task-{i}" for i in reversed(made[:3])
    ]

    seen, after = [], None
    while True:
        query = {"per_page": 2, **({"after": after} if after else {})}
        body = client.get("/api/trash", query_string=query, headers=auth).get_json()
        seen += [item["id"] for item in body["items"]]
        after = body["next_after"]
        if after is None:
            break
    assert seen == newest_first
    assert trash_ids(client, auth) == newest_first


@pytest.mark.parametrize(
    "query", [{"per_page": 0}, {"per_page": 101}, {"per_page": "x"}, {"after": "garbage!"}, {"bogus": 1}]
)
def test_bad_list_queries_are_422(client, auth, query):
    problem(client.get("/api/trash", query_string=query, headers=auth), 422)


def test_the_trash_needs_a_token(client):
    problem(client.get("/api/trash"), 401)
    problem(client.post("/api/trash/task-1/restore"), 401)
    problem(client.delete("/api/trash/task-1"), 401)
    problem(client.delete("/api/trash"), 401)


def test_restoring_a_task_answers_with_it_as_get_does(client, auth):
    task = make(client, auth, title="Water the plants", tags=["home"])
    make(client, auth, title="Fern", parent_id=task["id"])
    delete(client, auth, f"/api/tasks/{task['id']}")

    response = client.post(f"/api/trash/task-{task['id']}/restore", headers=auth)

    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["kind"] == "task"
    got = client.get(f"/api/tasks/{task['id']}", headers=auth)
    assert body["task"] == got.get_json()
    assert body["task"]["version"] > task["version"]
    assert response.headers["ETag"] == got.headers["ETag"]
    assert body["task"]["subtasks"] == {"total": 1, "completed": 0}
    assert trash(client, auth) == []


def test_restoring_a_project_answers_with_it_as_get_does(client, auth):
    project = make_project(client, auth, "Garden")
    task = make(client, auth, project_id=project["id"])
    delete(client, auth, f"/api/projects/{project['id']}")

    response = client.post(f"/api/trash/project-{project['id']}/restore", headers=auth)

    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    got = client.get(f"/api/projects/{project['id']}", headers=auth)
    assert body == {"kind": "project", "project": got.get_json()}
    assert client.get(f"/api/tasks/{task['id']}", headers=auth).status_code == 200


def test_purging_one_item_and_emptying_the_trash_answer_204(client, auth):
    first, second, third = (make(client, auth)["id"] for _ in range(3))
    project = make_project(client, auth)
    for task_id in (first, second, third):
        delete(client, auth, f"/api/tasks/{task_id}")
    delete(client, auth, f"/api/projects/{project['id']}")

    assert client.delete(f"/api/trash/task-{first}", headers=auth).status_code == 204
    assert f"task-{first}" not in trash_ids(client, auth)
    problem(client.post(f"/api/trash/task-{first}/restore", headers=auth), 404)
    assert client.delete("/api/trash", headers=auth).status_code == 204
    assert trash(client, auth) == []
    problem(client.post(f"/api/trash/project-{project['id']}/restore", headers=auth), 404)
    assert client.delete("/api/trash", headers=auth).status_code == 204  # nothing left: still 204


@pytest.mark.parametrize(
    "item",
    [
        "task-{live}",
        f"task-{MISSING}",
        "task-99999999999999999999",
        "task-0",
        "task-01",
        "task--1",
        "task-abc",
        "tasks-1",
        "project-{inbox}",
        f"project-{MISSING}",
        "project-1e3",
        "1",
        "%00",
    ],
)
def test_anything_not_in_the_trash_is_a_404_like_a_missing_id(client, auth, user, item):
    live = make(client, auth)["id"]
    path = item.format(live=live, inbox=inbox_of(user))
    missing = problem(client.post(f"/api/trash/task-{MISSING}/restore", headers=auth), 404)
    for method in ("POST", "DELETE"):
        suffix = "/restore" if method == "POST" else ""
        body = problem(client.open(f"/api/trash/{path}{suffix}", method=method, headers=auth), 404)
        assert {k: v for k, v in body.items() if k != "request_id"} == {
            k: v for k, v in missing.items() if k != "request_id"
        }


def test_someone_elses_trash_is_a_404(client, auth, other_auth):
    task = make(client, auth)
    project = make_project(client, auth)
    delete(client, auth, f"/api/tasks/{task['id']}")
    delete(client, auth, f"/api/projects/{project['id']}")

    assert trash(client, other_auth) == []
    for item in (f"task-{task['id']}", f"project-{project['id']}"):
        problem(client.post(f"/api/trash/{item}/restore", headers=other_auth), 404)
        problem(client.delete(f"/api/trash/{item}", headers=other_auth), 404)
    assert client.delete("/api/trash", headers=other_auth).status_code == 204
    assert len(trash(client, auth)) == 2  # emptying their own trash left this one's alone


def test_a_subtask_whose_parent_is_in_the_trash_cannot_come_back_first(client, auth):
    parent = make(client, auth, title="parent")
    child = make(client, auth, title="child", parent_id=parent["id"])
    delete(client, auth, f"/api/tasks/{child['id']}")
    delete(client, auth, f"/api/tasks/{parent['id']}")

    body = problem(client.post(f"/api/trash/task-{child['id']}/restore", headers=auth), 409)
    assert body["detail"] == "Its parent task is in the trash: restore that first."
    assert client.post(f"/api/trash/task-{parent['id']}/restore", headers=auth).status_code == 200
    assert client.post(f"/api/trash/task-{child['id']}/restore", headers=auth).status_code == 200


def test_restoring_or_purging_in_an_archived_project_is_403_as_other_writes(client, auth):
    project = make_project(client, auth)
    task = make(client, auth, project_id=project["id"])
    delete(client, auth, f"/api/tasks/{task['id']}")
    archived = client.patch(f"/api/projects/{project['id']}", json={"archived": True}, headers=auth)
    assert archived.status_code == 200

    assert f"task-{task['id']}" in trash_ids(client, auth)  # still listed
    restore = problem(client.post(f"/api/trash/task-{task['id']}/restore", headers=auth), 403)
    assert "archived" in restore["detail"]
    problem(client.delete(f"/api/trash/task-{task['id']}", headers=auth), 403)
    assert client.delete("/api/trash", headers=auth).status_code == 204
    assert f"task-{task['id']}" in trash_ids(client, auth)  # emptying skips what it may not purge


def test_writes_to_a_task_in_the_trash_are_404(client, auth):
    task = make(client, auth)
    other = make(client, auth)
    comment = client.post(f"/api/tasks/{task['id']}/comments", json={"text": "hi"}, headers=auth).get_json()
    delete(client, auth, f"/api/tasks/{task['id']}")
    url = f"/api/tasks/{task['id']}"

    problem(client.patch(url, json={"title": "x"}, headers=auth), 404)
    problem(client.put(url, json={"completed": True}, headers=auth), 404)
    problem(client.post(f"{url}/move", json={"after_id": other["id"]}, headers=auth), 404)
    problem(client.delete(url, headers=auth), 404)
    problem(client.get(f"{url}/comments", headers=auth), 404)
    problem(client.post(f"{url}/comments", json={"text": "hi"}, headers=auth), 404)
    problem(client.get(f"/api/comments/{comment['id']}", headers=auth), 404)
    problem(client.get(f"{url}/subtasks", headers=auth), 404)
    problem(client.get(f"{url}/occurrences", headers=auth), 404)
    history = client.get(f"{url}/history", headers=auth).get_json()["items"]  # kept, as for any deletion
    assert [event["action"] for event in history][-1] == "delete"
    subtask = client.post("/api/tasks", json={"title": "x", "parent_id": task["id"]}, headers=auth)
    assert problem(subtask, 422)["errors"][0]["field"] == "parent_id"  # as for a missing parent
    placed = client.post(f"/api/tasks/{other['id']}/move", json={"after_id": task["id"]}, headers=auth)
    assert problem(placed, 422)["errors"][0]["field"] == "after_id"
