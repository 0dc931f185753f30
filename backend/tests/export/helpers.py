"""Helpers of the project-aware export and import tests: calls through the API, and counts from the
database."""

from __future__ import annotations

from sqlalchemy import func, select

from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.sections.models import Section
from taskforge.tasks.models import Task

EXPORT = "/api/export"
IMPORT = "/api/import"


def created(response) -> dict:
    assert response.status_code in (200, 201), response.get_data(as_text=True)
    return response.get_json()


def new_project(client, auth, name, **fields) -> int:
    return created(client.post("/api/projects", json={"name": name, **fields}, headers=auth))["id"]


def new_section(client, auth, project, name) -> int:
    return created(client.post(f"/api/projects/{project}/sections", json={"name": name}, headers=auth))["id"]


def make(client, auth, **fields) -> dict:
    return created(client.post("/api/tasks", json={"title": "t", **fields}, headers=auth))


def exported(client, auth, **query) -> dict:
    return created(client.get(EXPORT, query_string=query, headers=auth))


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    return response.get_json()


def listed(client, auth) -> list[dict]:
    return client.get("/api/projects", headers=auth).get_json()["items"]


def shape(document: dict) -> list[dict]:
    """The projects of an export with their ids (which an import renews) left out."""
    return [
        {**project, "id": None, "sections": [section["name"] for section in project["sections"]]}
        for project in document["projects"]
    ]


def owned(user) -> dict[str, int]:
    """How many projects, sections and tasks the user has, from the database."""
    mine = select(Project.id).where(Project.owner_id == user.id)
    count = {
        "projects": select(func.count()).select_from(Project).where(Project.owner_id == user.id),
        "sections": select(func.count()).select_from(Section).where(Section.project_id.in_(mine)),
        "tasks": select(func.count()).select_from(Task).where(Task.user_id == user.id),
    }
    return {name: db.session.execute(query).scalar_one() for name, query in count.items()}


def document(*tasks, projects=(), version=2) -> dict:
    return {"format": "taskforge", "version": version, "projects": list(projects), "tasks": list(tasks)}
