"""The rules of an import with projects, each named before anything is written (ids, the one Inbox, what
each task refers to, shapes, limits), and who may export a project or import into one."""

from __future__ import annotations

import pytest

from tests.export.helpers import EXPORT, IMPORT, document, exported, new_project, owned, problem

WORK = {"id": 1, "name": "Work", "sections": [{"id": 11, "name": "To do"}, {"id": 12, "name": "Doing"}]}
HOME = {"id": 2, "name": "Home", "sections": [{"id": 21, "name": "Garden"}]}


@pytest.mark.parametrize(
    ("broken", "field", "message"),
    [
        (document({"id": 1, "title": "a", "project_id": 9}), "tasks[0].project_id", "not a project of the"),
        (
            document({"id": 1, "title": "a", "project_id": 1, "section_id": 21}, projects=[WORK, HOME]),
            "tasks[0].section_id",
            "not a section of the task's project",
        ),
        (
            document({"id": 1, "title": "a", "section_id": 11}, projects=[WORK]),
            "tasks[0].section_id",
            "needs",
        ),
        (
            document(
                {"id": 1, "title": "a", "project_id": 1},
                {"id": 2, "title": "b", "project_id": 1, "parent_id": 1, "section_id": 11},
                projects=[WORK],
            ),
            "tasks[1].section_id",
            "a subtask has no section",
        ),
        (
            document(
                {"id": 1, "title": "a", "project_id": 1},
                {"id": 2, "title": "b", "project_id": 2, "parent_id": 1},
                projects=[WORK, HOME],
            ),
            "tasks[1].project_id",
            "parent's project",
        ),
        (document(projects=[WORK, {**HOME, "id": 1}]), "projects[1].id", "is also the id of projects[0]"),
        (
            document(projects=[{**WORK, "sections": [{"id": 5, "name": "a"}, {"id": 5, "name": "b"}]}]),
            "projects[0].sections[1].id",
            "is also the id of projects[0].sections[0]",
        ),
        (
            document(projects=[{**WORK, "inbox": True}, {**HOME, "inbox": True}]),
            "projects[1].inbox",
            "projects[0] is the Inbox already",
        ),
        (document(projects=[{**WORK, "inbox": True, "archived": True}]), "projects[0].archived", "cannot be"),
        (document(projects=[WORK], version=1), "projects", "version 1"),
        (
            document({"id": 1, "title": "a", "project_id": 1}, version=1),
            "tasks[0].project_id",
            "not a project",
        ),
    ],
    ids=[
        "unknown-project",
        "section-of-another-project",
        "section-without-project",
        "subtask-with-section",
        "subtask-in-another-project",
        "duplicate-project-id",
        "duplicate-section-id",
        "two-inboxes",
        "archived-inbox",
        "version-1-with-projects",
        "version-1-with-project-id",
    ],
)
def test_every_broken_project_rule_is_named_and_nothing_is_written(
    client, auth, user, broken, field, message
):
    broken["projects"].append({"id": 500, "name": "Fine", "sections": [{"id": 501, "name": "Fine too"}]})
    broken["tasks"].append({"id": 600, "title": "fine", "project_id": 500, "section_id": 501})
    before = owned(user)

    body = problem(client.post(IMPORT, json=broken, headers=auth), 422)

    errors = {error["field"]: error["message"] for error in body["errors"]}
    assert message in errors.get(field, ""), errors
    assert "nothing was changed" in body["detail"]
    assert owned(user) == before


def test_every_broken_reference_is_named_at_once(client, auth):
    tasks = [{"id": i, "title": "x", "project_id": 1, "section_id": 20 + i} for i in range(1, 4)]
    errors = problem(client.post(IMPORT, json=document(*tasks, projects=[WORK]), headers=auth), 422)["errors"]
    assert [e["field"] for e in errors] == [f"tasks[{i}].section_id" for i in range(3)]


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        (
            document(projects=[WORK, {**HOME, "sections": [{"id": 1, "name": ""}]}]),
            "projects[1].sections[0].name",
        ),
        (document(projects=[{**WORK, "name": "   "}]), "projects[0].name"),
        (document(projects=[{**WORK, "name": "x" * 101}]), "projects[0].name"),
        (document(projects=[{**WORK, "color": "red"}]), "projects[0].color"),
        (document(projects=[{**WORK, "archived": "yes"}]), "projects[0].archived"),
        (document(projects=[{**WORK, "description": "a\x00b"}]), "projects[0].description"),
        (document(projects=[{"name": "no id"}]), "projects[0].id"),
        (
            document(projects=[{**WORK, "sections": [{"id": 1, "name": "a", "x": 1}]}]),
            "projects[0].sections[0].x",
        ),
        (document({"id": 1, "title": "a", "section_id": 0}), "tasks[0].section_id"),
        (document(projects=[{**HOME, "id": i} for i in range(1, 1_002)]), "projects"),
    ],
)
def test_projects_of_the_wrong_shape_are_422(client, auth, broken, field):
    errors = problem(client.post(IMPORT, json=broken, headers=auth), 422)["errors"]
    assert field in {error["field"] for error in errors}, errors


def test_at_most_ten_thousand_sections_per_import(client, auth, user):
    def many(project_id):
        sections = [{"id": project_id * 10_000 + i, "name": "s"} for i in range(5_001)]
        return {"id": project_id, "name": "p", "sections": sections}

    errors = problem(client.post(IMPORT, json=document(projects=[many(1), many(2)]), headers=auth), 422)[
        "errors"
    ]
    assert {"field": "projects", "message": "at most 10,000 sections per import, in all"} in errors
    assert owned(user)["sections"] == 0


def test_a_project_without_access_is_not_exported(client, auth, other_auth):
    theirs = new_project(client, other_auth, "Theirs")
    for project_id in (theirs, 10**12):
        problem(client.get(EXPORT, query_string={"project_id": project_id}, headers=auth), 404)
        problem(
            client.get(EXPORT, query_string={"project_id": project_id, "format": "csv"}, headers=auth), 404
        )
    assert "Theirs" not in {p["name"] for p in exported(client, auth)["projects"]}


def test_an_import_into_a_project_without_access_names_project_id(client, auth, other_auth, user):
    theirs = new_project(client, other_auth, "Theirs")
    body = document({"id": 1, "title": "a"})
    errors = problem(client.post(IMPORT, query_string={"project_id": theirs}, json=body, headers=auth), 422)
    assert errors["errors"] == [{"field": "project_id", "message": "no project with that id"}]
    assert owned(user)["tasks"] == 0


@pytest.mark.parametrize(("role", "status"), [("viewer", 403), ("editor", 201), ("admin", 201)])
def test_a_role_below_editor_cannot_import_into_a_project(client, auth, other_auth, user, role, status):
    theirs = new_project(client, other_auth, "Theirs")
    invite = {"username": user.username, "role": role}
    assert client.post(f"/api/projects/{theirs}/members", json=invite, headers=other_auth).status_code == 201
    body = document({"id": 1, "title": "a"})
    response = client.post(IMPORT, query_string={"project_id": theirs}, json=body, headers=auth)
    assert response.status_code == status, response.get_json()


def test_an_archived_project_takes_no_import(client, auth, user):
    old = new_project(client, auth, "Old")
    client.patch(f"/api/projects/{old}", json={"archived": True}, headers=auth)
    body = document({"id": 1, "title": "a"})
    problem(client.post(IMPORT, query_string={"project_id": old}, json=body, headers=auth), 403)
    assert owned(user)["tasks"] == 0


def test_the_openapi_document_describes_version_2(client):
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    assert schemas["ExportDocument"]["properties"]["version"]["const"] == 2
    assert schemas["ImportDocument"]["properties"]["version"]["enum"] == [1, 2]
    assert {"projects", "tags", "tasks"} <= set(schemas["ExportDocument"]["properties"])
    assert {"project_id", "section_id"} <= set(schemas["ExportedTask"]["properties"])
    assert schemas["ExportedProject"]["additionalProperties"] is False
    assert "projects_created" in schemas["ImportReport"]["required"]
