"""Ada owns a project she shares with Bob; Cy has an account of his own. Helpers for their requests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.conftest import bearer
from tests.factories import PASSWORD, UserFactory

ME = "/api/auth/me"
PREVIEW = "/api/auth/me/deletion"


@dataclass
class People:
    users: dict
    headers: dict[str, dict[str, str]]
    shared: int  # Ada's project, Bob an editor of it


@pytest.fixture
def people(client, token_for) -> People:
    users = {name: UserFactory() for name in ("ada", "bob", "cy")}
    headers = {name: bearer(token_for(user)) for name, user in users.items()}
    shared = new_project(client, headers["ada"], "Shared")
    share(client, headers["ada"], shared, users["bob"])
    return People(users=users, headers=headers, shared=shared)


def new_project(client, headers, name: str) -> int:
    response = client.post("/api/projects", json={"name": name}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return int(response.get_json()["id"])


def share(client, headers, project: int, person, role: str = "editor") -> None:
    body = {"username": person.username, "role": role}
    response = client.post(f"/api/projects/{project}/members", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()


def delete_me(client, headers, *, password: str = PASSWORD, projects: list | None = None):
    body: dict = {"password": password}
    if projects is not None:
        body["projects"] = projects
    return client.delete(ME, json=body, headers=headers)


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    return response.get_json()
