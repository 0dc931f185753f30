"""Teams: their members see them; their admins rename, delete and manage members; a team always keeps an
admin; nobody else learns a team exists."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.factories import UserFactory


@pytest.fixture
def crew(app, client, token_for):
    users = {name: UserFactory() for name in ("ada", "bob", "cy")}
    h = {name: bearer(token_for(user)) for name, user in users.items()}
    team = client.post("/api/teams", json={"name": "Crew", "description": "d"}, headers=h["ada"]).get_json()
    client.post(
        f"/api/teams/{team['id']}/members", json={"username": users["bob"].username}, headers=h["ada"]
    )
    return users, h, team["id"]


def test_create_list_and_read_a_team(client, crew):
    users, h, team = crew
    (listed,) = client.get("/api/teams", headers=h["bob"]).get_json()["items"]
    assert (listed["name"], listed["role"], listed["member_count"]) == ("Crew", "member", 2)
    detail = client.get(f"/api/teams/{team}", headers=h["bob"]).get_json()
    assert [(m["user"]["id"], m["role"]) for m in detail["members"]] == [
        (users["ada"].id, "admin"),
        (users["bob"].id, "member"),
    ]
    assert client.get("/api/teams", headers=h["cy"]).get_json()["items"] == []
    assert client.get(f"/api/teams/{team}", headers=h["cy"]).status_code == 404


def test_only_admins_manage_a_team(client, crew):
    users, h, team = crew
    assert client.patch(f"/api/teams/{team}", json={"name": "x"}, headers=h["bob"]).status_code == 403
    adding = client.post(
        f"/api/teams/{team}/members", json={"username": users["cy"].username}, headers=h["bob"]
    )
    assert adding.status_code == 403
    assert client.patch(f"/api/teams/{team}", json={"name": "x"}, headers=h["cy"]).status_code == 404
    renamed = client.patch(
        f"/api/teams/{team}", json={"name": "Squad"}, headers={**h["ada"], "If-Match": '"v1"'}
    )
    assert (renamed.status_code, renamed.get_json()["name"]) == (200, "Squad")
    stale = client.patch(f"/api/teams/{team}", json={"name": "x"}, headers={**h["ada"], "If-Match": '"v1"'})
    assert stale.status_code == 412


def test_a_team_always_keeps_an_admin(client, crew):
    users, h, team = crew
    me = f"/api/teams/{team}/members/{users['ada'].id}"
    assert client.patch(me, json={"role": "member"}, headers=h["ada"]).status_code == 409
    assert client.delete(me, headers=h["ada"]).status_code == 409
    bob = f"/api/teams/{team}/members/{users['bob'].id}"
    assert client.patch(bob, json={"role": "admin"}, headers=h["ada"]).get_json()["role"] == "admin"
    assert client.delete(me, headers=h["ada"]).status_code == 204
    assert client.get(f"/api/teams/{team}", headers=h["ada"]).status_code == 404


def test_adding_someone_twice_or_nobody(client, crew):
    users, h, team = crew
    again = client.post(
        f"/api/teams/{team}/members", json={"username": users["bob"].username}, headers=h["ada"]
    )
    assert again.status_code == 409
    nobody = client.post(f"/api/teams/{team}/members", json={"email": "nobody@example.com"}, headers=h["ada"])
    assert (nobody.status_code, nobody.get_json()["errors"][0]["field"]) == (422, "email")


def test_members_leave_and_admins_remove_them(client, crew):
    users, h, team = crew
    assert client.delete(f"/api/teams/{team}/members/{users['bob'].id}", headers=h["bob"]).status_code == 204
    assert client.get(f"/api/teams/{team}", headers=h["bob"]).status_code == 404
    client.post(f"/api/teams/{team}/members", json={"username": users["cy"].username}, headers=h["ada"])
    assert client.delete(f"/api/teams/{team}/members/{users['cy'].id}", headers=h["ada"]).status_code == 204
    assert client.delete(f"/api/teams/{team}/members/{users['cy'].id}", headers=h["ada"]).status_code == 404
