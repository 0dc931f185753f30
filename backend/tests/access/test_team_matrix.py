"""The team role x endpoint matrix: a team's admin, a member and an outsider, on every team endpoint. An
outsider gets the same 404 as for a team that does not exist; a member gets 403 where only admins may act."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.factories import UserFactory

ENDPOINTS = [
    ("get team", "GET", "/api/teams/{team}", "member", None),
    ("rename team", "PATCH", "/api/teams/{team}", "admin", {"name": "Renamed"}),
    ("delete team", "DELETE", "/api/teams/{team}", "admin", None),
    ("add member", "POST", "/api/teams/{team}/members", "admin", {"username": "{newcomer}"}),
    ("change member", "PATCH", "/api/teams/{team}/members/{other}", "admin", {"role": "admin"}),
    ("remove member", "DELETE", "/api/teams/{team}/members/{other}", "admin", None),
]
RANK = {"admin": 2, "member": 1, "outsider": 0}


@pytest.fixture
def world(app, client, token_for):
    users = {name: UserFactory() for name in ("admin", "member", "outsider", "other", "newcomer")}
    headers = {name: bearer(token_for(user)) for name, user in users.items()}
    team = client.post("/api/teams", json={"name": "Crew"}, headers=headers["admin"]).get_json()["id"]
    for name in ("member", "other"):
        body = {"username": users[name].username}
        assert (
            client.post(f"/api/teams/{team}/members", json=body, headers=headers["admin"]).status_code == 201
        )
    ids = {"team": team, "other": users["other"].id, "newcomer": users["newcomer"].username}
    return ids, headers


def fill(value, ids):
    if isinstance(value, str):
        return ids[value[1:-1]] if value.startswith("{") and value[1:-1] in ids else value.format(**ids)
    if isinstance(value, dict):
        return {key: fill(item, ids) for key, item in value.items()}
    return value


@pytest.mark.parametrize("role", list(RANK))
@pytest.mark.parametrize(("name", "method", "path", "need", "body"), ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_team_role_x_endpoint(client, world, role, name, method, path, need, body):
    ids, headers = world
    response = client.open(fill(path, ids), method=method, json=fill(body, ids), headers=headers[role])
    if RANK[role] == 0:
        missing = client.open(
            fill(path, {**ids, "team": 2**63 - 1}), method=method, json=fill(body, ids), headers=headers[role]
        )
        assert response.status_code == missing.status_code == 404
    elif RANK[role] < RANK[need]:
        assert response.status_code == 403, response.get_json()
    else:
        assert 200 <= response.status_code < 300, response.get_json()
