"""Sections: a project's columns, in their own order; tasks go into them and out of them."""

from __future__ import annotations

import pytest


@pytest.fixture
def project(client, auth):
    return client.post("/api/projects", json={"name": "Board"}, headers=auth).get_json()["id"]


def add(client, auth, project, name):
    response = client.post(f"/api/projects/{project}/sections", json={"name": name}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def names(client, auth, project):
    return [
        s["name"] for s in client.get(f"/api/projects/{project}/sections", headers=auth).get_json()["items"]
    ]


def test_sections_are_added_last_renamed_and_reordered(client, auth, project):
    todo, doing, done = (add(client, auth, project, name) for name in ("To do", "Doing", "Done"))
    assert names(client, auth, project) == ["To do", "Doing", "Done"]
    renamed = client.patch(f"/api/sections/{doing['id']}", json={"name": "In progress"}, headers=auth)
    assert (renamed.status_code, renamed.headers["ETag"]) == (200, '"v2"')
    stale = client.patch(
        f"/api/sections/{doing['id']}", json={"name": "x"}, headers={**auth, "If-Match": '"v1"'}
    )
    assert stale.status_code == 412
    moved = client.post(f"/api/sections/{done['id']}/move", json={"before_id": todo["id"]}, headers=auth)
    assert moved.status_code == 200
    assert names(client, auth, project) == ["Done", "To do", "In progress"]
    itself = client.post(f"/api/sections/{done['id']}/move", json={"after_id": done["id"]}, headers=auth)
    assert itself.status_code == 422


def test_a_section_of_another_project_is_no_target(client, auth, project):
    mine = add(client, auth, project, "A")
    other_project = client.post("/api/projects", json={"name": "Other"}, headers=auth).get_json()["id"]
    theirs = add(client, auth, other_project, "B")
    moved = client.post(f"/api/sections/{mine['id']}/move", json={"after_id": theirs["id"]}, headers=auth)
    assert (moved.status_code, moved.get_json()["errors"][0]["field"]) == (422, "after_id")
    task = client.post(
        "/api/tasks", json={"title": "t", "project_id": project, "section_id": theirs["id"]}, headers=auth
    )
    assert (task.status_code, task.get_json()["errors"][0]["field"]) == (422, "section_id")


def test_tasks_go_into_sections_and_stay_when_one_is_deleted(client, auth, project):
    doing = add(client, auth, project, "Doing")
    task = client.post(
        "/api/tasks", json={"title": "t", "project_id": project, "section_id": doing["id"]}, headers=auth
    ).get_json()
    assert task["section_id"] == doing["id"]
    listed = client.get("/api/tasks", query_string={"section_id": doing["id"]}, headers=auth).get_json()
    assert [t["id"] for t in listed["items"]] == [task["id"]]
    sub = client.post(
        "/api/tasks", json={"title": "s", "parent_id": task["id"], "section_id": doing["id"]}, headers=auth
    )
    assert (sub.status_code, sub.get_json()["errors"][0]["field"]) == (422, "section_id")
    assert client.delete(f"/api/sections/{doing['id']}", headers=auth).status_code == 204
    after = client.get(f"/api/tasks/{task['id']}", headers=auth).get_json()
    assert (after["section_id"], after["version"]) == (None, task["version"] + 1)


def test_moving_a_task_to_another_project_leaves_its_section_behind(client, auth, project):
    doing = add(client, auth, project, "Doing")
    other = client.post("/api/projects", json={"name": "Other"}, headers=auth).get_json()["id"]
    later = add(client, auth, other, "Later")
    task = client.post(
        "/api/tasks", json={"title": "t", "project_id": project, "section_id": doing["id"]}, headers=auth
    ).get_json()
    moved = client.patch(f"/api/tasks/{task['id']}", json={"project_id": other}, headers=auth).get_json()
    assert (moved["project_id"], moved["section_id"]) == (other, None)
    into = client.patch(
        f"/api/tasks/{task['id']}", json={"project_id": project, "section_id": doing["id"]}, headers=auth
    ).get_json()
    assert (into["project_id"], into["section_id"]) == (project, doing["id"])
    wrong = client.patch(f"/api/tasks/{task['id']}", json={"section_id": later["id"]}, headers=auth)
    assert wrong.status_code == 422


def test_a_missing_section_is_404(client, auth):
    assert client.patch("/api/sections/999999", json={"name": "x"}, headers=auth).status_code == 404
    assert client.delete("/api/sections/999999", headers=auth).status_code == 404
