"""Projects over HTTP: the Inbox, creating, reading, changing (ETag, If-Match), archiving, ordering, deleting;
each answer as the caller sees it (their role, favourite and order)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from taskforge.audit.models import AuditEvent
from taskforge.extensions import db
from taskforge.tasks.models import Task
from tests.factories import inbox_of

URL = "/api/projects"
KEYS = {
    "id", "name", "description", "color", "archived", "inbox", "favorite", "position", "owner_id", "role",
    "member_count", "counts", "created_at", "updated_at", "version",
}  # fmt: skip


def create(client, auth, **fields):
    response = client.post(URL, json={"name": "Work", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_every_account_starts_with_its_inbox(client, auth, user):
    (inbox,) = client.get(URL, headers=auth).get_json()["items"]
    assert set(inbox) == KEYS
    assert (inbox["id"], inbox["name"], inbox["inbox"], inbox["role"]) == (
        inbox_of(user),
        "Inbox",
        True,
        "owner",
    )
    assert (inbox["member_count"], inbox["counts"]) == (1, {"open": 0, "completed": 0})


def test_create_then_read_it_back(client, auth, user):
    response = client.post(
        URL, json={"name": "  Garden  ", "color": "#0D6EFD", "favorite": True}, headers=auth
    )
    assert response.status_code == 201
    project = response.get_json()
    assert response.headers["Location"].endswith(f"/api/projects/{project['id']}")
    assert response.headers["ETag"] == '"v1"'
    assert (project["name"], project["color"], project["favorite"], project["owner_id"]) == (
        "Garden",
        "#0d6efd",
        True,
        user.id,
    )
    fetched = client.get(f"{URL}/{project['id']}", headers=auth)
    assert fetched.get_json() == project
    assert [p["name"] for p in client.get(URL, headers=auth).get_json()["items"]] == ["Inbox", "Garden"]


def test_counts_follow_the_projects_top_level_tasks(client, auth):
    project = create(client, auth)
    parent = client.post(
        "/api/tasks", json={"title": "a", "project_id": project["id"]}, headers=auth
    ).get_json()
    client.post("/api/tasks", json={"title": "sub", "parent_id": parent["id"]}, headers=auth)
    client.post(
        "/api/tasks", json={"title": "b", "project_id": project["id"], "completed": True}, headers=auth
    )
    assert client.get(f"{URL}/{project['id']}", headers=auth).get_json()["counts"] == {
        "open": 1,
        "completed": 1,
    }


def test_patch_honours_if_match(client, auth):
    project = create(client, auth)
    url = f"{URL}/{project['id']}"
    stale = client.patch(url, json={"name": "Home"}, headers={**auth, "If-Match": '"v9"'})
    assert stale.status_code == 412
    changed = client.patch(
        url, json={"name": "Home", "description": "chores"}, headers={**auth, "If-Match": '"v1"'}
    )
    assert changed.status_code == 200
    assert (changed.get_json()["name"], changed.headers["ETag"]) == ("Home", '"v2"')
    # The caller's own favourite is not the project's: no new version.
    faved = client.patch(url, json={"favorite": True}, headers=auth)
    assert (faved.get_json()["favorite"], faved.get_json()["version"]) == (True, 2)


def test_an_archived_project_is_read_only_until_unarchived(client, auth):
    project = create(client, auth)
    url = f"{URL}/{project['id']}"
    task = client.post(
        "/api/tasks", json={"title": "t", "project_id": project["id"]}, headers=auth
    ).get_json()
    assert client.patch(url, json={"archived": True}, headers=auth).get_json()["archived"] is True
    refused = [
        client.patch(f"/api/tasks/{task['id']}", json={"title": "x"}, headers=auth),
        client.post("/api/tasks", json={"title": "x", "project_id": project["id"]}, headers=auth),
        client.patch(url, json={"name": "x"}, headers=auth),
        client.post(f"{URL}/{project['id']}/sections", json={"name": "x"}, headers=auth),
    ]
    assert [r.status_code for r in refused] == [403] * 4
    assert all("archived" in r.get_json()["detail"] for r in refused)
    # Left out of default lists, but there when asked for.
    assert client.get("/api/tasks", headers=auth).get_json()["items"] == []
    named = client.get("/api/tasks", query_string={"project_id": project["id"]}, headers=auth).get_json()
    assert [t["id"] for t in named["items"]] == [task["id"]]
    both = client.patch(url, json={"archived": False, "name": "Back"}, headers=auth)
    assert (both.status_code, both.get_json()["name"]) == (200, "Back")
    assert client.patch(f"/api/tasks/{task['id']}", json={"title": "x"}, headers=auth).status_code == 200


@pytest.mark.parametrize("change", [{"name": "Mine"}, {"archived": True}])
def test_the_inbox_is_never_renamed_or_archived(client, auth, user, change):
    response = client.patch(f"{URL}/{inbox_of(user)}", json=change, headers=auth)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] in change


def test_the_inbox_can_be_recoloured_and_favoured(client, auth, user):
    response = client.patch(
        f"{URL}/{inbox_of(user)}", json={"color": "#198754", "favorite": True}, headers=auth
    )
    assert (response.status_code, response.get_json()["color"]) == (200, "#198754")


def test_the_inbox_is_never_deleted(client, auth, user):
    response = client.delete(f"{URL}/{inbox_of(user)}", headers=auth)
    assert response.status_code == 409


def test_deleting_a_project_takes_its_tasks_to_the_trash_and_keeps_their_history(client, auth):
    project = create(client, auth)
    task = client.post(
        "/api/tasks", json={"title": "gone", "project_id": project["id"]}, headers=auth
    ).get_json()
    assert client.delete(f"{URL}/{project['id']}", headers={**auth, "If-Match": '"v9"'}).status_code == 412
    assert client.delete(f"{URL}/{project['id']}", headers=auth).status_code == 204
    assert client.get(f"{URL}/{project['id']}", headers=auth).status_code == 404
    assert client.get(f"/api/tasks/{task['id']}", headers=auth).status_code == 404
    assert db.session.get(Task, task["id"]) is not None  # in the trash, with its project (tests/trash)
    kept = db.session.execute(
        select(AuditEvent.action).where(AuditEvent.task_id == task["id"]).order_by(AuditEvent.id)
    ).scalars()
    assert list(kept) == ["create", "delete"]


def test_each_person_orders_their_own_list(client, auth):
    a, b, c = (create(client, auth, name=name) for name in ("A", "B", "C"))
    moved = client.post(f"{URL}/{c['id']}/move", json={"before_id": a["id"]}, headers=auth)
    assert moved.status_code == 200
    assert [p["name"] for p in client.get(URL, headers=auth).get_json()["items"]] == ["Inbox", "C", "A", "B"]
    client.post(f"{URL}/{a['id']}/move", json={"after_id": b["id"]}, headers=auth)
    assert [p["name"] for p in client.get(URL, headers=auth).get_json()["items"]] == ["Inbox", "C", "B", "A"]
    itself = client.post(f"{URL}/{a['id']}/move", json={"after_id": a["id"]}, headers=auth)
    assert (itself.status_code, itself.get_json()["errors"][0]["field"]) == (422, "after_id")


def test_the_archived_filter(client, auth):
    create(client, auth, name="Active")
    old = create(client, auth, name="Old")
    client.patch(f"{URL}/{old['id']}", json={"archived": True}, headers=auth)
    names = lambda archived: [  # noqa: E731
        p["name"]
        for p in client.get(URL, query_string={"archived": archived}, headers=auth).get_json()["items"]
    ]
    assert (names("true"), names("false")) == (["Old"], ["Inbox", "Active"])


@pytest.mark.parametrize(
    "body",
    [{}, {"name": ""}, {"name": "x" * 101}, {"name": "ok", "color": "red"}, {"name": "ok", "owner_id": 1}],
)
def test_bad_bodies_are_422(client, auth, body):
    assert client.post(URL, json=body, headers=auth).status_code == 422


def test_a_task_defaults_to_the_inbox_and_moves_with_its_subtasks(client, auth, user):
    project = create(client, auth)
    parent = client.post("/api/tasks", json={"title": "p"}, headers=auth).get_json()
    child = client.post("/api/tasks", json={"title": "c", "parent_id": parent["id"]}, headers=auth).get_json()
    assert parent["project_id"] == child["project_id"] == inbox_of(user)
    moved = client.patch(f"/api/tasks/{parent['id']}", json={"project_id": project["id"]}, headers=auth)
    assert moved.status_code == 200
    assert client.get(f"/api/tasks/{child['id']}", headers=auth).get_json()["project_id"] == project["id"]
    refused = client.patch(f"/api/tasks/{child['id']}", json={"project_id": inbox_of(user)}, headers=auth)
    assert (refused.status_code, refused.get_json()["errors"][0]["field"]) == (422, "project_id")
    total = db.session.execute(select(func.count()).where(Task.project_id == project["id"])).scalar_one()
    assert total == 2
