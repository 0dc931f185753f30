"""Making tasks and projects through the API, and reading the trash, for the trash's tests."""

from __future__ import annotations

from typing import Any


def make(client, headers, **fields) -> dict[str, Any]:
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def make_project(client, headers, name="Garden") -> dict[str, Any]:
    response = client.post("/api/projects", json={"name": name}, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def delete(client, headers, path: str) -> None:
    response = client.delete(path, headers=headers)
    assert response.status_code == 204, response.get_json()


def trash(client, headers, **query) -> list[dict[str, Any]]:
    response = client.get("/api/trash", query_string=query, headers=headers)
    assert response.status_code == 200, response.get_json()
    items: list[dict[str, Any]] = response.get_json()["items"]
    return items


def trash_ids(client, headers) -> list[str]:
    return [item["id"] for item in trash(client, headers)]


def problem(response, status: int) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True))
    assert response.mimetype == "application/problem+json"
    body: dict[str, Any] = response.get_json()
    return body
