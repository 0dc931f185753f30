"""DELETE /api/auth/me and GET /api/auth/me/deletion: every status, the 409 listing, transfer and delete."""

from __future__ import annotations

import pytest

from tests.account_deletion.conftest import PREVIEW, delete_me, new_project, problem, share
from tests.conftest import bearer
from tests.factories import inbox_of


def task(client, headers, project: int, title: str) -> dict:
    response = client.post("/api/tasks", json={"title": title, "project_id": project}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def comment(client, headers, task_id: int, text: str) -> dict:
    response = client.post(f"/api/tasks/{task_id}/comments", json={"text": text}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_the_preview_lists_what_needs_a_decision_and_what_goes(client, people):
    h, users = people.headers, people.users
    private = new_project(client, h["ada"], "Diary")
    task(client, h["ada"], private, "secret")
    bobs = new_project(client, h["bob"], "Bob's")
    share(client, h["bob"], bobs, users["ada"])
    written = task(client, h["ada"], bobs, "ada's task in bob's project")
    comment(client, h["ada"], written["id"], "hello")

    preview = client.get(PREVIEW, headers=h["ada"])

    assert preview.status_code == 200
    body = preview.get_json()
    assert body["shared_projects"] == [
        {
            "id": people.shared,
            "name": "Shared",
            "members_count": 1,
            "members": [{"id": users["bob"].id, "username": users["bob"].username}],
        }
    ]
    deleted = {p["name"]: p["tasks_count"] for p in body["deleted_projects"]}
    assert deleted == {"Inbox": 0, "Diary": 1}
    assert (body["kept_tasks_count"], body["kept_comments_count"], body["tags_count"]) == (1, 1, 0)


def test_both_need_an_access_token(client):
    problem(client.get(PREVIEW), 401)
    problem(client.delete("/api/auth/me", json={"password": "x"}), 401)


def test_a_wrong_password_is_422_naming_it_and_changes_nothing(client, people):
    body = problem(delete_me(client, people.headers["cy"], password="not it"), 422)
    assert [e["field"] for e in body["errors"]] == ["password"]
    assert client.get("/api/auth/me", headers=people.headers["cy"]).status_code == 200


@pytest.mark.parametrize(
    "body",
    [{}, {"password": ""}, {"password": 1}, {"password": "x", "extra": 1}, {"password": "x", "projects": {}}],
)
def test_malformed_bodies_are_422(client, people, body):
    problem(client.delete("/api/auth/me", json=body, headers=people.headers["cy"]), 422)


def test_attempts_are_limited_per_account(client, people):
    for _ in range(5):
        problem(delete_me(client, people.headers["cy"], password="guess"), 422)
    refused = problem(delete_me(client, people.headers["cy"]), 429)
    assert int(refused["status"]) == 429
    assert client.get("/api/auth/me", headers=people.headers["cy"]).status_code == 200
    # Another account's attempts are its own.
    problem(delete_me(client, people.headers["bob"], password="guess"), 422)


def test_a_shared_project_without_a_decision_is_409_listing_it(client, people):
    body = problem(delete_me(client, people.headers["ada"]), 409)
    assert body["projects"] == [{"id": people.shared, "name": "Shared", "members_count": 1}]
    assert client.get("/api/auth/me", headers=people.headers["ada"]).status_code == 200
    assert client.get(f"/api/projects/{people.shared}", headers=people.headers["bob"]).status_code == 200


@pytest.mark.parametrize(
    ("choice", "field"),
    [
        ({"id": 999999999, "action": "delete"}, "projects[1].id"),  # missing
        ({"id": "inbox", "action": "delete"}, "projects[1].id"),  # the Inbox
        ({"id": "bobs", "action": "delete"}, "projects[1].id"),  # someone else's
        ({"id": "shared", "action": "delete"}, "projects[1].id"),  # listed twice
    ],
)
def test_a_choice_about_a_project_not_ones_own_is_422(client, people, choice, field):
    h = people.headers
    ids = {
        "inbox": inbox_of(people.users["ada"]),
        "bobs": new_project(client, h["bob"], "B"),
        "shared": people.shared,
    }
    choice = {**choice, "id": ids.get(choice["id"], choice["id"])}
    first = {"id": people.shared, "action": "delete"}
    body = problem(delete_me(client, h["ada"], projects=[first, choice]), 422)
    assert [e["field"] for e in body["errors"]] == [field]


def test_someone_elses_project_is_refused_like_a_missing_one(client, people):
    h = people.headers
    theirs = new_project(client, h["bob"], "B")
    first = {"id": people.shared, "action": "delete"}
    foreign = problem(delete_me(client, h["ada"], projects=[first, {"id": theirs, "action": "delete"}]), 422)
    missing = problem(
        delete_me(client, h["ada"], projects=[first, {"id": 999999999, "action": "delete"}]), 422
    )
    assert (foreign["detail"], foreign["errors"]) == (missing["detail"], missing["errors"])


@pytest.mark.parametrize("to", ["cy", "ada", "missing"])
def test_a_transfer_to_someone_who_does_not_use_the_project_is_422(client, people, to):
    user_id = 999999999 if to == "missing" else people.users[to].id
    choice = {"id": people.shared, "action": "transfer", "to_user_id": user_id}
    body = problem(delete_me(client, people.headers["ada"], projects=[choice]), 422)
    assert [e["field"] for e in body["errors"]] == ["projects[0].to_user_id"]


def test_transfer_hands_the_project_over_and_keeps_what_ada_wrote(client, people, token_for):
    h, users = people.headers, people.users
    written = task(client, h["ada"], people.shared, "ada's")
    said = comment(client, h["ada"], written["id"], "ada was here")
    bobs = new_project(client, h["bob"], "Bob's")
    share(client, h["bob"], bobs, users["ada"])
    in_bobs = task(client, h["ada"], bobs, "ada's in bob's")
    refresh = bearer(token_for(users["ada"], refresh=True))

    choice = {"id": people.shared, "action": "transfer", "to_user_id": users["bob"].id}
    response = delete_me(client, h["ada"], projects=[choice])

    assert response.status_code == 204, response.get_json()
    project = client.get(f"/api/projects/{people.shared}", headers=h["bob"]).get_json()
    assert (project["owner_id"], project["role"], project["member_count"]) == (users["bob"].id, "owner", 1)
    for task_id in (written["id"], in_bobs["id"]):
        kept = client.get(f"/api/tasks/{task_id}", headers=h["bob"])
        assert kept.status_code == 200
        assert kept.get_json()["user_id"] == users["bob"].id
    thread = client.get(f"/api/tasks/{written['id']}/comments", headers=h["bob"]).get_json()["items"]
    assert [(c["id"], c["text"], c["author"]) for c in thread] == [(said["id"], "ada was here", None)]
    # Every token of the account stops working at once.
    problem(client.get("/api/auth/me", headers=h["ada"]), 401)
    problem(client.get("/api/tasks", headers=h["ada"]), 401)
    problem(client.post("/api/auth/refresh", headers=refresh), 401)


def test_delete_takes_the_project_from_its_members(client, people):
    h = people.headers
    gone = task(client, h["bob"], people.shared, "bob's in ada's")
    response = delete_me(client, h["ada"], projects=[{"id": people.shared, "action": "delete"}])
    assert response.status_code == 204, response.get_json()
    problem(client.get(f"/api/projects/{people.shared}", headers=h["bob"]), 404)
    problem(client.get(f"/api/tasks/{gone['id']}", headers=h["bob"]), 404)
    names = [p["name"] for p in client.get("/api/projects", headers=h["bob"]).get_json()["items"]]
    assert "Shared" not in names


def test_a_project_shared_through_a_team_needs_a_decision_and_can_go_to_a_team_member(client, people):
    h, users = people.headers, people.users
    team = client.post("/api/teams", json={"name": "Crew"}, headers=h["ada"]).get_json()["id"]
    added = client.post(
        f"/api/teams/{team}/members", json={"username": users["cy"].username}, headers=h["ada"]
    )
    assert added.status_code == 201, added.get_json()
    crew = new_project(client, h["ada"], "Crew's")
    granted = client.post(f"/api/projects/{crew}/teams", json={"team_id": team}, headers=h["ada"])
    assert granted.status_code == 201, granted.get_json()

    listed = problem(delete_me(client, h["ada"], projects=[{"id": people.shared, "action": "delete"}]), 409)
    assert listed["projects"] == [{"id": crew, "name": "Crew's", "members_count": 1}]
    choices = [
        {"id": people.shared, "action": "delete"},
        {"id": crew, "action": "transfer", "to_user_id": users["cy"].id},
    ]
    assert delete_me(client, h["ada"], projects=choices).status_code == 204
    project = client.get(f"/api/projects/{crew}", headers=h["cy"]).get_json()
    assert (project["owner_id"], project["role"]) == (users["cy"].id, "owner")


def test_an_account_with_nothing_shared_goes_without_choices(client, people):
    assert delete_me(client, people.headers["cy"]).status_code == 204
    problem(client.get(PREVIEW, headers=people.headers["cy"]), 401)
    problem(delete_me(client, people.headers["cy"]), 401)


def test_an_export_names_a_deleted_author(client, people):
    h, users = people.headers, people.users
    written = task(client, h["bob"], people.shared, "bob's")
    comment(client, h["ada"], written["id"], "from ada")
    choice = {"id": people.shared, "action": "transfer", "to_user_id": users["bob"].id}
    assert delete_me(client, h["ada"], projects=[choice]).status_code == 204
    exported = client.get(f"/api/export?project_id={people.shared}", headers=h["bob"]).get_json()
    (shown,) = [t for t in exported["tasks"] if t["title"] == "bob's"]
    assert [(c["author"], c["text"]) for c in shown["comments"]] == [("(deleted account)", "from ada")]
