"""Assignees: who a task may be given to, how the list is set and filtered, and what losing the right to edit
a project does to a person's assignments (every change in the task's history)."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.factories import UserFactory, inbox_of


@pytest.fixture
def crew(app, token_for, client):
    """Ada owns a project; Bob is an editor, Vi a viewer, Tom an editor through a team; Out has no access."""
    users = {name: UserFactory() for name in ("ada", "bob", "vi", "tom", "out")}
    h = {name: bearer(token_for(user)) for name, user in users.items()}
    project = client.post("/api/projects", json={"name": "Crew"}, headers=h["ada"]).get_json()["id"]
    for name, role in (("bob", "editor"), ("vi", "viewer")):
        body = {"username": users[name].username, "role": role}
        assert client.post(f"/api/projects/{project}/members", json=body, headers=h["ada"]).status_code == 201
    team = client.post("/api/teams", json={"name": "T"}, headers=h["ada"]).get_json()["id"]
    body = {"username": users["tom"].username}
    assert client.post(f"/api/teams/{team}/members", json=body, headers=h["ada"]).status_code == 201
    grant = {"team_id": team, "role": "editor"}
    assert client.post(f"/api/projects/{project}/teams", json=grant, headers=h["ada"]).status_code == 201
    return users, h, project, team


def new_task(client, headers, project, **fields):
    response = client.post(
        "/api/tasks", json={"title": "t", "project_id": project, **fields}, headers=headers
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def ref(user):
    return {"id": user.id, "username": user.username}


def by_name(*users):
    return [ref(user) for user in sorted(users, key=lambda u: (u.username, u.id))]


def assignees(client, headers, task_id):
    response = client.get(f"/api/tasks/{task_id}", headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()["assignees"]


def history(client, headers, task_id):
    events = client.get(f"/api/tasks/{task_id}/history", headers=headers).get_json()["items"]  # oldest first
    return [(e["action"], e["changes"].get("assignees")) for e in events if "assignees" in e["changes"]]


def test_editors_direct_or_through_a_team_can_be_assigned(client, crew):
    users, h, project, _ = crew
    wanted = [users["tom"].id, users["bob"].id, users["ada"].id, users["bob"].id]  # a repeat counts once
    task = new_task(client, h["bob"], project, assignee_ids=wanted)
    expected = by_name(users["ada"], users["bob"], users["tom"])
    assert task["assignees"] == expected
    assert assignees(client, h["vi"], task["id"]) == expected  # a viewer sees them too
    listed = client.get(f"/api/tasks?project_id={project}", headers=h["ada"]).get_json()["items"]
    assert listed[0]["assignees"] == expected
    names = sorted(user["username"] for user in expected)
    assert history(client, h["ada"], task["id"]) == [("create", [None, names])]


@pytest.mark.parametrize("who", ["vi", "out", "missing"])
def test_a_person_who_cannot_edit_the_project_is_refused_by_id(client, crew, who):
    users, h, project, _ = crew
    user_id = users[who].id if who in users else 2**62
    response = client.post(
        "/api/tasks", json={"title": "t", "project_id": project, "assignee_ids": [user_id]}, headers=h["ada"]
    )
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    (error,) = response.get_json()["errors"]
    assert error == {
        "field": "assignee_ids",
        "message": f"user {user_id} cannot edit this project, so cannot be assigned its tasks",
    }
    assert client.get(f"/api/tasks?project_id={project}", headers=h["ada"]).get_json()["total"] == 0


@pytest.mark.parametrize(
    ("value", "field"),
    [
        (list(range(1, 22)), "assignee_ids"),
        ([0], "assignee_ids[0]"),
        ([2**63], "assignee_ids[0]"),
        (["1"], "assignee_ids[0]"),
        ([True], "assignee_ids[0]"),
        (None, "assignee_ids"),
        ("1", "assignee_ids"),
    ],
)
def test_malformed_assignee_lists_are_422_naming_the_field(client, crew, value, field):
    _, h, project, _ = crew
    body = {"title": "t", "project_id": project, "assignee_ids": value}
    response = client.post("/api/tasks", json=body, headers=h["ada"])
    assert response.status_code == 422, response.get_json()
    assert field in [error["field"] for error in response.get_json()["errors"]]


def test_patch_replaces_and_clears_the_list_with_history(client, crew):
    users, h, project, _ = crew
    task = new_task(client, h["ada"], project, assignee_ids=[users["bob"].id])
    changed = client.patch(
        f"/api/tasks/{task['id']}", json={"assignee_ids": [users["tom"].id]}, headers=h["bob"]
    )
    assert changed.status_code == 200
    assert changed.get_json()["assignees"] == [ref(users["tom"])]
    assert changed.get_json()["version"] == task["version"] + 1
    same = client.patch(
        f"/api/tasks/{task['id']}", json={"assignee_ids": [users["tom"].id]}, headers=h["bob"]
    )
    assert same.get_json()["version"] == task["version"] + 1  # nothing changed: no new version
    cleared = client.patch(f"/api/tasks/{task['id']}", json={"assignee_ids": []}, headers=h["ada"])
    assert cleared.get_json()["assignees"] == []
    bob, tom = users["bob"].username, users["tom"].username
    assert history(client, h["ada"], task["id"]) == [
        ("create", [None, [bob]]),
        ("update", [[bob], [tom]]),
        ("update", [[tom], []]),
    ]
    refused = client.patch(
        f"/api/tasks/{task['id']}", json={"assignee_ids": [users["vi"].id]}, headers=h["ada"]
    )
    assert refused.status_code == 422
    assert (
        client.patch(
            f"/api/tasks/{task['id']}", json={"assignee_ids": [users["ada"].id]}, headers=h["vi"]
        ).status_code
        == 403
    )  # a viewer changes nothing


def test_filter_by_assignee(client, crew):
    users, h, project, _ = crew
    mine = new_task(client, h["ada"], project, title="mine", assignee_ids=[users["bob"].id])
    both = new_task(client, h["ada"], project, title="both", assignee_ids=[users["bob"].id, users["ada"].id])
    nobody = new_task(client, h["ada"], project, title="nobody")

    def ids(headers, assignee):
        query = {"assignee": assignee, "project_id": project}
        response = client.get("/api/tasks", query_string=query, headers=headers)
        assert response.status_code == 200, response.get_json()
        return {t["id"] for t in response.get_json()["items"]}

    assert ids(h["bob"], "me") == {mine["id"], both["id"]}
    assert ids(h["ada"], "me") == {both["id"]}
    assert ids(h["vi"], str(users["bob"].id)) == {mine["id"], both["id"]}
    assert ids(h["vi"], "none") == {nobody["id"]}
    assert ids(h["out"], "none") == set()  # nothing of a project they cannot see


@pytest.mark.parametrize("value", ["", "ME", "0", "-1", "abc", "1.5", str(2**63), "1" * 20])
def test_a_bad_assignee_filter_is_422(client, crew, value):
    _, h, _, _ = crew
    response = client.get("/api/tasks", query_string={"assignee": value}, headers=h["ada"])
    assert response.status_code == 422
    assert "assignee" in [error["field"] for error in response.get_json()["errors"]]


@pytest.mark.parametrize(
    "change",
    ["remove member", "make viewer", "revoke team", "team grant viewer", "leave team", "delete team"],
)
def test_losing_the_right_to_edit_unassigns_with_history(client, crew, change):
    users, h, project, team = crew
    who = "tom" if "team" in change else "bob"
    task = new_task(client, h["ada"], project, assignee_ids=[users[who].id, users["ada"].id])
    person = users[who].id
    calls = {
        "remove member": ("DELETE", f"/api/projects/{project}/members/{person}", None, h["ada"]),
        "make viewer": ("PATCH", f"/api/projects/{project}/members/{person}", {"role": "viewer"}, h["ada"]),
        "revoke team": ("DELETE", f"/api/projects/{project}/teams/{team}", None, h["ada"]),
        "team grant viewer": ("PATCH", f"/api/projects/{project}/teams/{team}", {"role": "viewer"}, h["ada"]),
        "leave team": ("DELETE", f"/api/teams/{team}/members/{person}", None, h["tom"]),
        "delete team": ("DELETE", f"/api/teams/{team}", None, h["ada"]),
    }
    method, path, body, headers = calls[change]
    response = client.open(path, method=method, json=body, headers=headers)
    assert response.status_code in (200, 204), response.get_json()
    assert assignees(client, h["ada"], task["id"]) == [ref(users["ada"])]
    # A new representation, a new entity tag: a conditional GET is not told "not modified", and a write
    # sent with the old tag is refused.
    etag = client.get(f"/api/tasks/{task['id']}", headers=h["ada"]).headers["ETag"]
    assert etag != f'"v{task["version"]}"'
    stale = client.patch(
        f"/api/tasks/{task['id']}",
        json={"title": "x"},
        headers={**h["ada"], "If-Match": f'"v{task["version"]}"'},
    )
    assert stale.status_code == 412
    names = sorted([users[who].username, users["ada"].username])
    assert history(client, h["ada"], task["id"])[-1] == ("update", [names, [users["ada"].username]])


def test_an_editor_through_a_team_stays_assigned_when_their_direct_grant_goes(client, crew):
    users, h, project, _ = crew
    body = {"username": users["tom"].username, "role": "viewer"}
    assert client.post(f"/api/projects/{project}/members", json=body, headers=h["ada"]).status_code == 201
    task = new_task(client, h["ada"], project, assignee_ids=[users["tom"].id])
    assert (
        client.delete(f"/api/projects/{project}/members/{users['tom'].id}", headers=h["ada"]).status_code
        == 204
    )
    assert assignees(client, h["ada"], task["id"]) == [ref(users["tom"])]


def test_moving_a_task_keeps_only_who_can_edit_the_new_project(client, crew):
    users, h, project, _ = crew
    task = new_task(client, h["ada"], project, assignee_ids=[users["bob"].id, users["ada"].id])
    sub = client.post(
        "/api/tasks",
        json={"title": "s", "parent_id": task["id"], "assignee_ids": [users["bob"].id]},
        headers=h["ada"],
    ).get_json()
    inbox = inbox_of(users["ada"])
    moved = client.patch(f"/api/tasks/{task['id']}", json={"project_id": inbox}, headers=h["ada"])
    assert moved.status_code == 200, moved.get_json()
    assert moved.get_json()["assignees"] == [ref(users["ada"])]
    assert assignees(client, h["ada"], sub["id"]) == []
    bob = users["bob"].username
    assert ("update", [[bob], []]) in history(client, h["ada"], sub["id"])
    # Moving with a new list checks it against the new project.
    refused = client.patch(
        f"/api/tasks/{task['id']}",
        json={"project_id": project, "assignee_ids": [users["out"].id]},
        headers=h["ada"],
    )
    assert refused.status_code == 422


def test_the_next_occurrence_keeps_the_assignees(client, crew):
    users, h, project, _ = crew
    task = new_task(
        client,
        h["ada"],
        project,
        due_date="2031-01-01T09:00:00Z",
        recurrence={"rrule": "FREQ=DAILY"},
        assignee_ids=[users["bob"].id],
    )
    done = client.patch(f"/api/tasks/{task['id']}", json={"completed": True}, headers=h["bob"])
    assert done.status_code == 200
    listed = client.get(
        "/api/tasks", query_string={"project_id": project, "completed": "false"}, headers=h["ada"]
    ).get_json()["items"]
    (follower,) = listed
    assert follower["id"] != task["id"]
    assert follower["assignees"] == [ref(users["bob"])]


def test_a_deleted_account_leaves_its_tasks_unassigned(client, crew, app):
    from taskforge.auth.models import User
    from taskforge.extensions import db

    users, h, project, _ = crew
    task = new_task(client, h["ada"], project, assignee_ids=[users["bob"].id])
    db.session.delete(db.session.get(User, users["bob"].id))
    db.session.commit()
    assert assignees(client, h["ada"], task["id"]) == []


def test_a_read_only_link_shows_no_assignees(client, crew):
    users, h, project, _ = crew
    new_task(client, h["ada"], project, assignee_ids=[users["bob"].id])
    token = client.post(f"/api/projects/{project}/links", headers=h["ada"]).get_json()["token"]
    shared = client.get(f"/api/shared/{token}/tasks").get_json()["items"]
    assert [task["assignees"] for task in shared] == [[]]
    refused = client.get(f"/api/shared/{token}/tasks", query_string={"assignee": str(users["bob"].id)})
    assert refused.status_code == 422


def test_the_people_of_a_project_are_its_members_and_its_teams_each_once_with_their_highest_role(
    client, crew
):
    """Whom the web app offers to assign (editors and up) and to mention (everyone listed)."""
    users, h, project, team = crew
    body = {"username": users["vi"].username}  # a viewer, and an editor through the team
    assert client.post(f"/api/teams/{team}/members", json=body, headers=h["ada"]).status_code == 201

    listed = client.get(f"/api/projects/{project}/people", headers=h["vi"])

    assert listed.status_code == 200
    people = [(item["user"]["id"], item["role"]) for item in listed.get_json()["items"]]
    editors = sorted((users[name] for name in ("bob", "tom", "vi")), key=lambda u: (u.username.lower(), u.id))
    assert people == [(users["ada"].id, "owner")] + [(user.id, "editor") for user in editors]
    assert client.get(f"/api/projects/{project}/people", headers=h["out"]).status_code == 404
