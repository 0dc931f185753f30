"""Subtasks: parent_id within the caller's own tasks, no cycles, at most 3 levels, counts on the parent,
top-level lists by default, and deleting a parent deletes its subtasks."""

from __future__ import annotations

import pytest


def make(client, auth, **fields):
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def refused(response) -> list[dict]:
    assert response.status_code == 422, response.get_json()
    assert response.mimetype == "application/problem+json"
    return response.get_json()["errors"]


def get(client, auth, task_id):
    return client.get(f"/api/tasks/{task_id}", headers=auth).get_json()


def test_a_subtask_is_listed_under_its_parent_and_counted(client, auth):
    parent = make(client, auth, title="parent")
    assert parent["parent_id"] is None
    assert parent["subtasks"] == {"total": 0, "completed": 0}
    first = make(client, auth, title="first", parent_id=parent["id"])
    make(client, auth, title="second", parent_id=parent["id"], completed=True)

    assert first["parent_id"] == parent["id"]
    assert get(client, auth, parent["id"])["subtasks"] == {"total": 2, "completed": 1}
    listed = client.get(f"/api/tasks/{parent['id']}/subtasks", headers=auth).get_json()["items"]
    assert [t["title"] for t in listed] == ["first", "second"]
    top = client.get("/api/tasks", headers=auth).get_json()
    assert [t["title"] for t in top["items"]] == ["parent"]
    assert top["items"][0]["subtasks"] == {"total": 2, "completed": 1}
    children = client.get(f"/api/tasks?parent_id={parent['id']}", headers=auth).get_json()["items"]
    assert {t["title"] for t in children} == {"first", "second"}
    every = client.get("/api/tasks?include_subtasks=true", headers=auth).get_json()
    assert every["total"] == 3


def test_three_levels_at_most(client, auth):
    one = make(client, auth)
    two = make(client, auth, parent_id=one["id"])
    three = make(client, auth, parent_id=two["id"])
    errors = refused(client.post("/api/tasks", json={"title": "4", "parent_id": three["id"]}, headers=auth))
    assert errors[0]["field"] == "parent_id"
    # Moving a task with a subtask of its own under a second-level task would make four levels.
    other = make(client, auth)
    make(client, auth, parent_id=other["id"])
    assert refused(client.patch(f"/api/tasks/{other['id']}", json={"parent_id": two["id"]}, headers=auth))
    assert (
        client.patch(f"/api/tasks/{other['id']}", json={"parent_id": one["id"]}, headers=auth).status_code
        == 200
    )


def test_no_cycles(client, auth):
    one = make(client, auth)
    two = make(client, auth, parent_id=one["id"])
    for parent in (one["id"], two["id"]):
        errors = refused(client.patch(f"/api/tasks/{one['id']}", json={"parent_id": parent}, headers=auth))
        assert errors[0]["field"] == "parent_id"
    made_top = client.patch(f"/api/tasks/{two['id']}", json={"parent_id": None}, headers=auth).get_json()
    assert made_top["parent_id"] is None


@pytest.mark.parametrize("parent_id", [999_999_999, 0, -1, "1", 2**63])
def test_the_parent_must_be_one_of_the_callers_tasks(client, auth, parent_id):
    errors = refused(client.post("/api/tasks", json={"title": "t", "parent_id": parent_id}, headers=auth))
    assert errors[0]["field"] == "parent_id"


def test_another_users_task_is_no_parent_and_its_subtasks_are_hidden(client, auth, other_auth):
    mine = make(client, auth)
    make(client, auth, parent_id=mine["id"])
    assert refused(
        client.post("/api/tasks", json={"title": "t", "parent_id": mine["id"]}, headers=other_auth)
    )
    theirs = make(client, other_auth)
    assert refused(
        client.patch(f"/api/tasks/{theirs['id']}", json={"parent_id": mine["id"]}, headers=other_auth)
    )
    assert client.get(f"/api/tasks/{mine['id']}/subtasks", headers=other_auth).status_code == 404
    assert client.get(f"/api/tasks?parent_id={mine['id']}", headers=other_auth).get_json()["items"] == []


def test_a_batch_names_the_task_with_a_bad_parent(client, auth):
    body = {"tasks": [{"title": "fine"}, {"title": "bad", "parent_id": 999_999_999}]}
    errors = refused(client.post("/api/tasks/batch", json=body, headers=auth))
    assert errors[0]["field"] == "tasks[1].parent_id"
    assert client.get("/api/tasks", headers=auth).get_json()["total"] == 0


def test_deleting_a_parent_deletes_its_subtasks(client, auth):
    parent = make(client, auth)
    child = make(client, auth, parent_id=parent["id"])
    grandchild = make(client, auth, parent_id=child["id"])
    keep = make(client, auth)

    assert client.delete(f"/api/tasks/{parent['id']}", headers=auth).status_code == 204

    for gone in (parent, child, grandchild):
        assert client.get(f"/api/tasks/{gone['id']}", headers=auth).status_code == 404
    assert client.get(f"/api/tasks/{keep['id']}", headers=auth).status_code == 200


def test_the_openapi_document_says_deleting_a_parent_deletes_its_subtasks(client):
    document = client.get("/api/openapi.json").get_json()
    assert "deletes its subtasks" in document["paths"]["/api/tasks/{task_id}"]["delete"]["description"]
