"""Every feature follows a task's audience: one member's write retires every member's cached pages, reaches
every member's change feed and event stream (with the task as it is now), and a member who loses a project
gets a tombstone and nothing of it afterwards."""

from __future__ import annotations

import pytest

from tests.cache.conftest import cached_app  # noqa: F401 - a fixture
from tests.conftest import bearer
from tests.events.test_stream import open_stream, quick  # noqa: F401 - a fixture
from tests.factories import UserFactory, inbox_of


@pytest.fixture
def team(app, client, token_for):
    """Ada's project, shared with Bob (editor); Cy has an account."""
    users = {name: UserFactory() for name in ("ada", "bob", "cy")}
    h = {name: bearer(token_for(user)) for name, user in users.items()}
    project = client.post("/api/projects", json={"name": "Shared"}, headers=h["ada"]).get_json()["id"]
    client.post(
        f"/api/projects/{project}/members", json={"username": users["bob"].username}, headers=h["ada"]
    )
    return users, h, project


def cursor(client, headers) -> str:
    return client.get("/api/changes", headers=headers).get_json()["cursor"]


def changes(client, headers, since) -> dict:
    response = client.get("/api/changes", query_string={"since": since}, headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def summary(page) -> list[tuple[str, int, str, bool]]:
    return [(c["kind"], c["id"], c["action"], c["deleted"]) for c in page["items"]]


def test_every_member_receives_each_change_with_the_task_as_it_is_now(client, team):
    users, h, project = team
    bobs = cursor(client, h["bob"])
    task = client.post(
        "/api/tasks", json={"title": "plan", "project_id": project}, headers=h["ada"]
    ).get_json()
    client.patch(f"/api/tasks/{task['id']}", json={"title": "plan B"}, headers=h["ada"])
    page = changes(client, h["bob"], bobs)
    assert summary(page) == [("task", task["id"], "create", False), ("task", task["id"], "update", False)]
    assert {c["task"]["title"] for c in page["items"]} == {"plan B"}
    assert {(c["project_id"], c["actor_id"]) for c in page["items"]} == {(project, users["ada"].id)}


def test_sections_and_project_changes_are_in_the_feed(client, team):
    _, h, project = team
    bobs = cursor(client, h["bob"])
    section = client.post(
        f"/api/projects/{project}/sections", json={"name": "Doing"}, headers=h["ada"]
    ).get_json()
    client.patch(f"/api/projects/{project}", json={"name": "Renamed"}, headers=h["ada"])
    client.delete(f"/api/sections/{section['id']}", headers=h["ada"])
    page = changes(client, h["bob"], bobs)
    assert summary(page) == [
        ("section", section["id"], "create", True),  # as it is now: gone
        ("project", project, "update", False),
        ("section", section["id"], "delete", True),
    ]
    assert page["items"][1]["project"]["name"] == "Renamed"
    assert page["items"][1]["project"]["role"] == "editor"  # as Bob sees it


def test_the_creators_inbox_tells_their_other_devices_of_a_new_project(client, team):
    users, h, _ = team
    adas = cursor(client, h["ada"])
    made = client.post("/api/projects", json={"name": "Fresh"}, headers=h["ada"]).get_json()
    page = changes(client, h["ada"], adas)
    assert summary(page) == [("project", made["id"], "create", False)]
    assert page["items"][0]["project_id"] == inbox_of(users["ada"])
    # From the next read on, the new project's own stream is followed.
    client.post("/api/tasks", json={"title": "in it", "project_id": made["id"]}, headers=h["ada"])
    assert [c["action"] for c in changes(client, h["ada"], page["cursor"])["items"]] == ["create"]


def test_a_person_hears_of_a_project_shared_with_them_in_their_inbox(client, team):
    users, h, project = team
    cys = cursor(client, h["cy"])
    client.post(
        f"/api/projects/{project}/members",
        json={"username": users["cy"].username, "role": "viewer"},
        headers=h["ada"],
    )
    page = changes(client, h["cy"], cys)
    assert summary(page) == [("project", project, "shared", False)]
    assert page["items"][0]["project_id"] == inbox_of(users["cy"])
    assert page["items"][0]["project"]["role"] == "viewer"
    # From here on, the project's own stream is in Cy's cursor.
    client.post("/api/tasks", json={"title": "new", "project_id": project}, headers=h["ada"])
    assert [c["action"] for c in changes(client, h["cy"], page["cursor"])["items"]] == ["create"]


def test_a_removed_member_gets_a_tombstone_and_nothing_of_the_project_after(client, team):
    users, h, project = team
    task = client.post(
        "/api/tasks", json={"title": "plan", "project_id": project}, headers=h["ada"]
    ).get_json()
    bobs = cursor(client, h["bob"])
    client.delete(f"/api/projects/{project}/members/{users['bob'].id}", headers=h["ada"])
    client.patch(f"/api/tasks/{task['id']}", json={"title": "secret now"}, headers=h["ada"])
    page = changes(client, h["bob"], bobs)
    assert summary(page) == [("project", project, "access_removed", True)]
    assert page["items"][0]["project"] is None
    assert str(project) not in page["cursor"].replace(f"{inbox_of(users['bob'])}.", "")
    assert "secret now" not in str(changes(client, h["bob"], page["cursor"]))


def test_a_task_moved_out_of_sight_is_a_tombstone_for_who_cannot_follow_it(client, team):
    users, h, project = team
    task = client.post("/api/tasks", json={"title": "t", "project_id": project}, headers=h["ada"]).get_json()
    sub = client.post("/api/tasks", json={"title": "s", "parent_id": task["id"]}, headers=h["ada"]).get_json()
    bobs, adas = cursor(client, h["bob"]), cursor(client, h["ada"])
    client.patch(f"/api/tasks/{task['id']}", json={"project_id": inbox_of(users["ada"])}, headers=h["ada"])
    assert sorted(summary(changes(client, h["bob"], bobs))) == sorted(
        [("task", sub["id"], "update", True), ("task", task["id"], "update", True)]
    )
    for change in changes(client, h["ada"], adas)["items"]:
        assert change["deleted"] is False
        assert change["task"]["project_id"] == inbox_of(users["ada"])


def test_a_deleted_project_is_a_tombstone_for_each_of_its_members(client, team):
    users, h, project = team
    bobs = cursor(client, h["bob"])
    assert client.delete(f"/api/projects/{project}", headers=h["ada"]).status_code == 204
    page = changes(client, h["bob"], bobs)
    assert summary(page) == [("project", project, "deleted", True)]
    assert page["items"][0]["project_id"] == inbox_of(users["bob"])


def test_one_members_write_retires_the_others_cached_pages(cached_app, committed_owner):  # noqa: F811
    from tests.access.test_races import share

    ada, bob = committed_owner(cached_app), committed_owner(cached_app)
    project = share(cached_app, ada, bob)
    client = cached_app.test_client()
    paths = ["/api/tasks", ada.task_url, f"/api/projects/{project}", "/api/stats"]
    for path in paths:
        client.get(path, headers=bob.headers)
    assert {client.get(path, headers=bob.headers).headers["X-Cache"] for path in paths} == {"hit"}
    client.patch(ada.task_url, json={"title": "changed by ada"}, headers=ada.headers)
    fresh = [client.get(path, headers=bob.headers) for path in paths]
    assert {response.headers["X-Cache"] for response in fresh} == {"miss"}
    assert {t["id"]: t["title"] for t in fresh[0].get_json()["items"]}[ada.task_id] == "changed by ada"
    assert fresh[1].get_json()["title"] == "changed by ada"


def test_the_stream_carries_a_members_changes_and_the_removal_then_nothing(quick, client, team):  # noqa: F811
    users, h, project = team
    task = client.post("/api/tasks", json={"title": "t", "project_id": project}, headers=h["ada"]).get_json()
    stream = open_stream(client, h["bob"])
    assert stream.next_event()["event"] == "ready"
    client.patch(f"/api/tasks/{task['id']}", json={"title": "live"}, headers=h["ada"])
    change = stream.next_event()["data"]
    assert (change["kind"], change["id"], change["task"]["title"]) == ("task", task["id"], "live")
    client.delete(f"/api/projects/{project}/members/{users['bob'].id}", headers=h["ada"])
    gone = stream.next_event()["data"]
    assert (gone["kind"], gone["id"], gone["action"], gone["deleted"]) == (
        "project",
        project,
        "access_removed",
        True,
    )
    client.patch(f"/api/tasks/{task['id']}", json={"title": "after"}, headers=h["ada"])
    assert stream.next_event(skip_heartbeats=5) == {"event": None}  # heartbeats only
    stream.close()
