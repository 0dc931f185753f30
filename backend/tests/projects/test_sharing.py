"""Sharing a project: members by role, team grants, leaving, handing over, read-only links; what each person
then sees (tasks, history with its actor, tags, their own reminders, statistics, the calendar feed)."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.factories import UserFactory, inbox_of


@pytest.fixture
def people(app, token_for):
    """Ada owns a project; Bob and Cy have accounts."""
    users = {name: UserFactory() for name in ("ada", "bob", "cy")}
    return users, {name: bearer(token_for(user)) for name, user in users.items()}


def project_of(client, headers, name="Shared"):
    return client.post("/api/projects", json={"name": name}, headers=headers).get_json()["id"]


def share(client, headers, project, person, role="editor", by="username"):
    body = {by: getattr(person, by), "role": role}
    return client.post(f"/api/projects/{project}/members", json=body, headers=headers)


def titles(client, headers, **query):
    return [
        t["title"] for t in client.get("/api/tasks", query_string=query, headers=headers).get_json()["items"]
    ]


def test_a_shared_project_and_its_tasks_reach_the_member(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    client.post("/api/tasks", json={"title": "from ada", "project_id": project}, headers=h["ada"])
    added = share(client, h["ada"], project, users["bob"], by="email")
    assert added.status_code == 201
    assert added.get_json() == {
        "user": {"id": users["bob"].id, "username": users["bob"].username},
        "role": "editor",
        "effective_role": "editor",
        "created_at": added.get_json()["created_at"],
    }
    assert titles(client, h["bob"]) == ["from ada"]
    seen = client.get(f"/api/projects/{project}", headers=h["bob"]).get_json()
    assert (seen["role"], seen["member_count"], seen["owner_id"]) == ("editor", 2, users["ada"].id)
    created = client.post("/api/tasks", json={"title": "from bob", "project_id": project}, headers=h["bob"])
    assert created.get_json()["user_id"] == users["bob"].id
    assert sorted(titles(client, h["ada"])) == ["from ada", "from bob"]
    assert titles(client, h["cy"]) == []


def test_sharing_twice_the_inbox_or_an_unknown_person(client, people, app):
    users, h = people
    project = project_of(client, h["ada"])
    assert share(client, h["ada"], project, users["bob"]).status_code == 201
    assert share(client, h["ada"], project, users["bob"]).status_code == 409
    assert share(client, h["ada"], inbox_of(users["ada"]), users["bob"]).status_code == 409
    unknown = client.post(
        f"/api/projects/{project}/members", json={"username": "nobody_here"}, headers=h["ada"]
    )
    assert (unknown.status_code, unknown.get_json()["errors"][0]["field"]) == (422, "username")
    both = client.post(
        f"/api/projects/{project}/members", json={"username": "a", "email": "a@example.com"}, headers=h["ada"]
    )
    assert both.status_code == 422
    owner_role = client.post(
        f"/api/projects/{project}/members",
        json={"username": users["cy"].username, "role": "owner"},
        headers=h["ada"],
    )
    assert owner_role.status_code == 422


def test_roles_change_on_the_next_request(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"], role="viewer")
    task = client.post("/api/tasks", json={"title": "t", "project_id": project}, headers=h["ada"]).get_json()
    assert client.patch(f"/api/tasks/{task['id']}", json={"title": "x"}, headers=h["bob"]).status_code == 403
    url = f"/api/projects/{project}/members/{users['bob'].id}"
    assert client.patch(url, json={"role": "editor"}, headers=h["ada"]).get_json()["role"] == "editor"
    assert client.patch(f"/api/tasks/{task['id']}", json={"title": "x"}, headers=h["bob"]).status_code == 200
    client.patch(url, json={"role": "viewer"}, headers=h["ada"])
    assert client.patch(f"/api/tasks/{task['id']}", json={"title": "y"}, headers=h["bob"]).status_code == 403


def test_a_removed_member_loses_everything_at_once(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"])
    task = client.post("/api/tasks", json={"title": "t", "project_id": project}, headers=h["ada"]).get_json()
    assert client.get(f"/api/tasks/{task['id']}", headers=h["bob"]).status_code == 200
    assert (
        client.delete(f"/api/projects/{project}/members/{users['bob'].id}", headers=h["ada"]).status_code
        == 204
    )
    assert client.get(f"/api/tasks/{task['id']}", headers=h["bob"]).status_code == 404
    assert client.get(f"/api/projects/{project}", headers=h["bob"]).status_code == 404
    assert titles(client, h["bob"]) == []
    history = client.get(f"/api/tasks/{task['id']}/history", headers=h["bob"])
    assert history.status_code == 404


def test_the_owner_is_neither_removed_nor_demoted_and_leaves_only_after_a_transfer(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"], role="admin")
    owner = f"/api/projects/{project}/members/{users['ada'].id}"
    assert client.delete(owner, headers=h["bob"]).status_code == 403
    assert client.patch(owner, json={"role": "viewer"}, headers=h["bob"]).status_code == 403
    assert client.delete(f"/api/projects/{project}/members/me", headers=h["ada"]).status_code == 409
    not_member = client.post(
        f"/api/projects/{project}/transfer", json={"user_id": users["cy"].id}, headers=h["ada"]
    )
    assert not_member.status_code == 422
    handed = client.post(
        f"/api/projects/{project}/transfer", json={"user_id": users["bob"].id}, headers=h["ada"]
    )
    assert (handed.status_code, handed.get_json()["role"]) == (200, "owner")
    seen = client.get(f"/api/projects/{project}", headers=h["ada"]).get_json()
    assert (seen["role"], seen["owner_id"]) == ("admin", users["bob"].id)
    assert client.delete(f"/api/projects/{project}/members/me", headers=h["ada"]).status_code == 204
    assert client.get(f"/api/projects/{project}", headers=h["ada"]).status_code == 404


def test_an_admin_manages_members_but_an_editor_does_not(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"], role="admin")
    assert share(client, h["bob"], project, users["cy"], role="viewer").status_code == 201
    share(client, h["ada"], project, users["bob"], role="editor")  # already a member: no change
    url = f"/api/projects/{project}/members/{users['bob'].id}"
    client.patch(url, json={"role": "editor"}, headers=h["ada"])
    assert (
        client.delete(f"/api/projects/{project}/members/{users['cy'].id}", headers=h["bob"]).status_code
        == 403
    )
    members = client.get(f"/api/projects/{project}/members", headers=h["cy"]).get_json()["items"]
    assert (members[0]["user"]["id"], members[0]["role"]) == (users["ada"].id, "owner")


def test_a_team_grant_gives_its_members_the_highest_of_their_roles(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    team = client.post("/api/teams", json={"name": "Crew"}, headers=h["ada"]).get_json()["id"]
    client.post(f"/api/teams/{team}/members", json={"username": users["bob"].username}, headers=h["ada"])
    share(client, h["ada"], project, users["bob"], role="viewer")
    granted = client.post(
        f"/api/projects/{project}/teams", json={"team_id": team, "role": "editor"}, headers=h["ada"]
    )
    assert (granted.status_code, granted.get_json()["member_count"]) == (201, 2)
    assert client.get(f"/api/projects/{project}", headers=h["bob"]).get_json()["role"] == "editor"
    members = client.get(f"/api/projects/{project}/members", headers=h["ada"]).get_json()["items"]
    bob = next(m for m in members if m["user"]["id"] == users["bob"].id)
    assert (bob["role"], bob["effective_role"]) == ("viewer", "editor")
    # A team that is not yours cannot be used.
    cys = client.post("/api/teams", json={"name": "Cy's"}, headers=h["cy"]).get_json()["id"]
    foreign = client.post(f"/api/projects/{project}/teams", json={"team_id": cys}, headers=h["ada"])
    assert (foreign.status_code, foreign.get_json()["errors"][0]["field"]) == (422, "team_id")
    # Leaving the team takes its grant away on the next request.
    client.delete(f"/api/teams/{team}/members/{users['bob'].id}", headers=h["bob"])
    assert client.get(f"/api/projects/{project}", headers=h["bob"]).get_json()["role"] == "viewer"
    client.delete(f"/api/projects/{project}/members/{users['bob'].id}", headers=h["ada"])
    assert client.get(f"/api/projects/{project}", headers=h["bob"]).status_code == 404


def test_deleting_a_team_removes_what_it_gave(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    team = client.post("/api/teams", json={"name": "Crew"}, headers=h["ada"]).get_json()["id"]
    client.post(f"/api/teams/{team}/members", json={"username": users["cy"].username}, headers=h["ada"])
    client.post(f"/api/projects/{project}/teams", json={"team_id": team, "role": "viewer"}, headers=h["ada"])
    assert client.get(f"/api/projects/{project}", headers=h["cy"]).status_code == 200
    assert client.delete(f"/api/teams/{team}", headers=h["cy"]).status_code == 403
    assert client.delete(f"/api/teams/{team}", headers=h["ada"]).status_code == 204
    assert client.get(f"/api/projects/{project}", headers=h["cy"]).status_code == 404


def test_a_read_only_link_shows_the_project_until_it_is_revoked(client, people):
    _, h = people
    project = project_of(client, h["ada"])
    client.post(f"/api/projects/{project}/sections", json={"name": "Doing"}, headers=h["ada"])
    client.post("/api/tasks", json={"title": "public", "project_id": project}, headers=h["ada"])
    client.post("/api/tasks", json={"title": "private"}, headers=h["ada"])
    created = client.post(f"/api/projects/{project}/links", headers=h["ada"])
    assert created.status_code == 201
    link = created.get_json()
    assert link["token"].startswith("tfshare_")
    assert link["url"].endswith(f"/shared/{link['token']}")
    assert link["api_url"].endswith(f"/api/shared/{link['token']}")
    assert (
        "token" not in client.get(f"/api/projects/{project}/links", headers=h["ada"]).get_json()["items"][0]
    )
    shared = client.get(f"/api/shared/{link['token']}")
    assert shared.status_code == 200
    body = shared.get_json()
    assert (body["name"], body["open"], [s["name"] for s in body["sections"]]) == ("Shared", 1, ["Doing"])
    tasks = client.get(f"/api/shared/{link['token']}/tasks").get_json()["items"]
    assert [t["title"] for t in tasks] == ["public"]
    assert all(t["reminders"] == [] for t in tasks)
    # The secret is no bearer token, and grants nothing else.
    assert client.get("/api/tasks", headers=bearer(link["token"])).status_code == 401
    assert client.delete(f"/api/projects/{project}/links/{link['id']}", headers=h["ada"]).status_code == 204
    assert client.get(f"/api/shared/{link['token']}").status_code == 404
    assert client.get(f"/api/shared/{link['token']}/tasks").status_code == 404
    assert client.get("/api/shared/tfshare_" + "A" * 43).status_code == 404
    assert client.get("/api/shared/not-a-token").status_code == 404


def test_history_names_each_actor_and_the_project_has_an_activity_page(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"])
    task = client.post("/api/tasks", json={"title": "t", "project_id": project}, headers=h["ada"]).get_json()
    client.patch(f"/api/tasks/{task['id']}", json={"title": "by bob"}, headers=h["bob"])
    events = client.get(f"/api/tasks/{task['id']}/history", headers=h["ada"]).get_json()["items"]
    assert [(e["action"], e["actor"]["username"]) for e in events] == [
        ("create", users["ada"].username),
        ("update", users["bob"].username),
    ]
    activity = client.get(
        f"/api/projects/{project}/activity", query_string={"order": "desc"}, headers=h["bob"]
    )
    assert [e["actor"]["id"] for e in activity.get_json()["items"]] == [users["bob"].id, users["ada"].id]
    assert client.get(f"/api/projects/{project}/activity", headers=h["cy"]).status_code == 404


def test_tags_stay_their_creators_and_show_to_everyone(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"])
    task = client.post(
        "/api/tasks", json={"title": "t", "project_id": project, "tags": ["urgent"]}, headers=h["ada"]
    ).get_json()
    assert client.get(f"/api/tasks/{task['id']}", headers=h["bob"]).get_json()["tags"] == ["urgent"]
    assert client.get("/api/tasks", query_string={"tag": "urgent"}, headers=h["bob"]).get_json()["total"] == 1
    # Bob adds his own tag; Ada's stays. Bob's tag list is his own.
    both = client.patch(f"/api/tasks/{task['id']}", json={"tags": ["urgent", "later"]}, headers=h["bob"])
    assert both.get_json()["tags"] == ["later", "urgent"]
    assert [t["name"] for t in client.get("/api/tags", headers=h["bob"]).get_json()["items"]] == ["later"]
    adas = client.get("/api/tags", headers=h["ada"]).get_json()["items"]
    assert [(t["name"], t["task_count"]) for t in adas] == [("urgent", 1)]
    # Only its creator renames it, and the task shows the new name to everyone.
    client.patch(f"/api/tags/{adas[0]['id']}", json={"name": "asap"}, headers=h["ada"])
    assert client.patch(f"/api/tags/{adas[0]['id']}", json={"name": "x"}, headers=h["bob"]).status_code == 404
    assert client.get(f"/api/tasks/{task['id']}", headers=h["bob"]).get_json()["tags"] == ["asap", "later"]


def test_reminders_belong_to_the_person_who_set_them(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"])
    task = client.post(
        "/api/tasks",
        json={"title": "t", "project_id": project, "reminders": [{"at": "2031-01-01T09:00:00Z"}]},
        headers=h["ada"],
    ).get_json()
    assert len(task["reminders"]) == 1
    assert client.get(f"/api/tasks/{task['id']}", headers=h["bob"]).get_json()["reminders"] == []
    mine = client.patch(
        f"/api/tasks/{task['id']}", json={"reminders": [{"at": "2031-02-01T09:00:00Z"}]}, headers=h["bob"]
    ).get_json()
    assert [r["at"] for r in mine["reminders"]] == ["2031-02-01T09:00:00Z"]
    adas = client.get(f"/api/tasks/{task['id']}", headers=h["ada"]).get_json()["reminders"]
    assert [r["at"] for r in adas] == ["2031-01-01T09:00:00Z"]


def test_statistics_per_project_and_over_everything(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"])
    client.post("/api/tasks", json={"title": "shared", "project_id": project}, headers=h["ada"])
    client.post("/api/tasks", json={"title": "bob's own"}, headers=h["bob"])
    assert client.get("/api/stats", headers=h["bob"]).get_json()["total"] == 2
    assert (
        client.get("/api/stats", query_string={"project_id": project}, headers=h["bob"]).get_json()["total"]
        == 1
    )
    assert client.get("/api/stats", query_string={"project_id": project}, headers=h["cy"]).status_code == 404


def test_the_calendar_feed_covers_every_project_of_its_owner(client, people):
    users, h = people
    project = project_of(client, h["ada"])
    share(client, h["ada"], project, users["bob"])
    due = "2031-03-01T09:00:00Z"
    client.post(
        "/api/tasks",
        json={"title": "Shared deadline", "project_id": project, "due_date": due},
        headers=h["ada"],
    )
    client.post("/api/tasks", json={"title": "Own deadline", "due_date": due}, headers=h["bob"])
    url = client.post("/api/auth/calendar-token", headers=h["bob"]).get_json()["url"]
    feed = client.get(url).get_data(as_text=True)
    assert "Shared deadline" in feed
    assert "Own deadline" in feed
