"""Notifications for people: assigned, mentioned, commented and shared, each linking to what it is about,
never for one's own action, and each person's settings deciding what reaches their inbox."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.factories import UserFactory


@pytest.fixture
def crew(app, token_for, client):
    """Ada owns a project; Bob and Tom are editors, Vi a viewer; Out has no access."""
    users = {name: UserFactory() for name in ("ada", "bob", "tom", "vi", "out")}
    h = {name: bearer(token_for(user)) for name, user in users.items()}
    project = client.post("/api/projects", json={"name": "Crew"}, headers=h["ada"]).get_json()["id"]
    for name, role in (("bob", "editor"), ("tom", "editor"), ("vi", "viewer")):
        body = {"username": users[name].username, "role": role}
        assert client.post(f"/api/projects/{project}/members", json=body, headers=h["ada"]).status_code == 201
    return users, h, project


def inbox(client, headers, kind=None):
    items = client.get("/api/notifications?per_page=100", headers=headers).get_json()["items"]
    return [n for n in items if kind is None or n["kind"] == kind]


def task_of(client, headers, project, **fields):
    response = client.post(
        "/api/tasks", json={"title": "Plan", "project_id": project, **fields}, headers=headers
    )
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_being_given_a_task(client, crew):
    users, h, project = crew
    task = task_of(client, h["ada"], project, assignee_ids=[users["bob"].id, users["ada"].id])
    (notice,) = inbox(client, h["bob"], "assigned")
    assert {k: notice[k] for k in ("task_id", "project_id", "title", "comment_id", "read_at")} == {
        "task_id": task["id"],
        "project_id": project,
        "title": "Plan",
        "comment_id": None,
        "read_at": None,
    }
    assert notice["actor"] == {"id": users["ada"].id, "username": users["ada"].username}
    assert inbox(client, h["ada"]) == []  # one's own action: nothing
    client.patch(
        f"/api/tasks/{task['id']}",
        json={"assignee_ids": [users["bob"].id, users["tom"].id]},
        headers=h["ada"],
    )
    assert len(inbox(client, h["bob"], "assigned")) == 1  # still assigned: not told again
    assert len(inbox(client, h["tom"], "assigned")) == 1


def test_mentions_reach_members_only(client, crew):
    users, h, project = crew
    task = task_of(client, h["ada"], project)
    vi, out, tom = users["vi"].username, users["out"].username, users["tom"].username
    text = f"@{vi.upper()} look; not @{out}, not me@{tom}.com, not `@{tom}`\n```\n@{tom}\n```"
    comment = client.post(
        f"/api/tasks/{task['id']}/comments", json={"text": text}, headers=h["bob"]
    ).get_json()
    (notice,) = inbox(client, h["vi"], "mentioned")
    assert (notice["task_id"], notice["comment_id"], notice["actor"]["id"]) == (
        task["id"],
        comment["id"],
        users["bob"].id,
    )
    assert inbox(client, h["out"]) == []
    assert inbox(client, h["tom"], "mentioned") == []
    edit = {"text": f"{text} and thanks @{tom}."}
    assert client.patch(f"/api/comments/{comment['id']}", json=edit, headers=h["bob"]).status_code == 200
    assert len(inbox(client, h["tom"], "mentioned")) == 1
    assert len(inbox(client, h["vi"], "mentioned")) == 1  # mentioned before the edit: not told again


def test_comments_reach_the_creator_and_the_assignees(client, crew):
    users, h, project = crew
    task = task_of(client, h["ada"], project, assignee_ids=[users["bob"].id, users["tom"].id])
    body = {"text": f"@{users['bob'].username} done?"}
    assert client.post(f"/api/tasks/{task['id']}/comments", json=body, headers=h["vi"]).status_code == 201
    assert [n["kind"] for n in inbox(client, h["ada"])] == ["commented"]
    assert [n["kind"] for n in inbox(client, h["bob"])] == ["mentioned", "assigned", "shared"]  # once
    assert [n["kind"] for n in inbox(client, h["tom"])] == ["commented", "assigned", "shared"]
    assert [n["kind"] for n in inbox(client, h["vi"])] == ["shared"]  # their own comment: nothing


def test_a_creator_who_left_hears_nothing_more(client, crew):
    users, h, project = crew
    task = task_of(client, h["bob"], project)
    assert (
        client.delete(f"/api/projects/{project}/members/{users['bob'].id}", headers=h["ada"]).status_code
        == 204
    )
    assert (
        client.post(f"/api/tasks/{task['id']}/comments", json={"text": "hi"}, headers=h["ada"]).status_code
        == 201
    )
    assert inbox(client, h["bob"], "commented") == []


def test_being_added_to_a_project_or_a_team(client, crew):
    users, h, project = crew
    (notice,) = inbox(client, h["bob"], "shared")
    assert (notice["project_id"], notice["team_id"], notice["title"]) == (project, None, "Crew")
    team = client.post("/api/teams", json={"name": "Crew team"}, headers=h["ada"]).get_json()["id"]
    grant = {"team_id": team, "role": "viewer"}
    assert client.post(f"/api/projects/{project}/teams", json=grant, headers=h["ada"]).status_code == 201
    joined = client.post(
        f"/api/teams/{team}/members", json={"username": users["out"].username}, headers=h["ada"]
    )
    assert joined.status_code == 201
    (notice,) = inbox(client, h["out"])  # the team, once: not each of its projects again
    assert (notice["kind"], notice["team_id"], notice["project_id"], notice["title"]) == (
        "shared",
        team,
        None,
        "Crew team",
    )


def test_settings_decide_what_reaches_the_inbox(client, crew):
    users, h, project = crew
    settings = client.get("/api/auth/me/notification-settings", headers=h["bob"])
    assert settings.status_code == 200
    everything = {"in_app": True, "email": True, "push": True}
    assert settings.get_json() == dict.fromkeys(
        ("reminder", "assigned", "mentioned", "commented", "shared", "webhook"), everything
    )
    changed = client.patch(
        "/api/auth/me/notification-settings",
        json={"assigned": {"in_app": False, "push": False}},
        headers=h["bob"],
    )
    assert changed.status_code == 200
    assert changed.get_json()["assigned"] == {"in_app": False, "email": True, "push": False}
    assert changed.get_json()["mentioned"] == everything
    before = client.get("/api/notifications", headers=h["bob"]).get_json()["unread"]
    task_of(client, h["ada"], project, assignee_ids=[users["bob"].id])
    page = client.get("/api/notifications", headers=h["bob"]).get_json()
    assert page["unread"] == before
    assert inbox(client, h["bob"], "assigned") == []
    again = client.patch(
        "/api/auth/me/notification-settings", json={"assigned": {"in_app": True}}, headers=h["bob"]
    )
    assert again.get_json()["assigned"] == {"in_app": True, "email": True, "push": False}
    assert (
        client.get("/api/auth/me/notification-settings", headers=h["tom"]).get_json()["assigned"]
        == everything
    )


@pytest.mark.parametrize(
    "body",
    [
        {"digest": {"email": True}},
        {"assigned": {"sms": True}},
        {"assigned": {"email": 1}},
        {"assigned": None},
        [],
    ],
    ids=["unknown kind", "unknown channel", "int for bool", "null", "array"],
)
def test_bad_settings_are_422(client, crew, body):
    _, h, _ = crew
    response = client.patch("/api/auth/me/notification-settings", json=body, headers=h["bob"])
    assert response.status_code == (400 if body == [] else 422)
    assert response.mimetype == "application/problem+json"


def test_a_notice_about_a_task_rings_the_inbox_stream(client, crew):
    users, h, project = crew
    cursor = client.get("/api/changes", headers=h["bob"]).get_json()["cursor"]
    task = task_of(client, h["ada"], project, assignee_ids=[users["bob"].id])
    feed = client.get("/api/changes", query_string={"since": cursor}, headers=h["bob"]).get_json()["items"]
    assert ("task", "notified", task["id"]) in [(c["kind"], c["action"], c["id"]) for c in feed]
