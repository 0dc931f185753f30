"""Where an import puts things: the document's projects created anew for the importer (its Inbox's tasks and
sections into theirs), or every task into one project with sections matched by name; version 1 documents;
dry runs; archived projects; every creation through the unit of work, in bulk."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event, select

from taskforge.auth.models import User
from taskforge.changes.models import Change
from taskforge.extensions import db
from tests.export.helpers import IMPORT, created, document, exported, listed, new_project, new_section, owned
from tests.factories import inbox_of


def test_into_one_project_sections_are_matched_by_name(client, auth, other_auth, other_user, world):
    board = new_project(client, other_auth, "Board")
    doing = new_section(client, other_auth, board, "DOING")
    new_section(client, other_auth, board, "Backlog")
    before = owned(other_user)

    report = created(
        client.post(
            IMPORT, query_string={"project_id": board}, json=exported(client, auth), headers=other_auth
        )
    )

    assert report["projects_created"] == []
    assert owned(other_user)["projects"] == before["projects"]
    assert owned(other_user)["sections"] == before["sections"]  # "To do" and "Today" are not created
    tasks = {t["title"]: t for t in exported(client, other_auth, project_id=board)["tasks"]}
    assert len(tasks) == 8  # every title but one of the two "Standup"s
    assert {t["project_id"] for t in tasks.values()} == {board}
    assert tasks["Plan"]["section_id"] == doing
    assert tasks["Backlog item"]["section_id"] is None
    assert tasks["Call mum"]["section_id"] is None
    assert tasks["Draft"]["parent_id"] == tasks["Plan"]["id"]


def test_the_inbox_sections_are_matched_by_name_and_the_missing_ones_added(client, auth, user, world):
    document = exported(client, auth)
    document["projects"][0]["sections"].append({"id": 999, "name": "Later"})
    before = owned(user)

    report = created(client.post(IMPORT, json=document, headers=auth))

    assert report["projects_created"] == ["Work", "Old", "Shared"]
    sections = client.get(f"/api/projects/{world['inbox']}/sections", headers=auth).get_json()["items"]
    assert [s["name"] for s in sections] == ["Today", "Later"]
    inbox_tasks = exported(client, auth, project_id=world["inbox"])["tasks"]
    assert [(t["title"], t["section_id"]) for t in inbox_tasks] == [
        ("Call mum", world["today"]),
        ("Loose end", None),
        ("Call mum", world["today"]),
        ("Loose end", None),
    ]
    assert owned(user)["projects"] == before["projects"] + 3  # Work, Old and Shared, anew


@pytest.mark.parametrize("into", ["project", "inbox"])
def test_a_version_1_document_still_imports(client, auth, user, into):
    board = new_project(client, auth, "Board")
    document = {
        "format": "taskforge",
        "version": 1,
        "tags": [{"name": "home", "color": "#198754"}],
        "tasks": [{"id": 1, "title": "a", "tags": ["home"]}, {"id": 2, "title": "b", "parent_id": 1}],
    }
    query = {"project_id": board} if into == "project" else {}

    report = created(client.post(IMPORT, query_string=query, json=document, headers=auth))

    assert (report["tasks_created"], report["projects_created"], report["tags_created"]) == (2, [], ["home"])
    target = board if into == "project" else inbox_of(user)
    tasks = exported(client, auth, project_id=target)["tasks"]
    assert [(t["title"], t["project_id"], t["section_id"]) for t in tasks] == [
        ("a", target, None),
        ("b", target, None),
    ]


def test_a_dry_run_reports_the_projects_and_creates_nothing(client, auth, world, third):
    person, headers = third
    generation = db.session.execute(select(User.cache_generation).where(User.id == person.id)).scalar_one()

    response = client.post(
        IMPORT, query_string={"dry_run": "true"}, json=exported(client, auth), headers=headers
    )

    report = created(response)
    assert response.status_code == 200
    assert (report["dry_run"], report["projects_created"]) == (True, ["Work", "Old", "Shared"])
    assert report["tasks_created"] == 9
    assert owned(person) == {"projects": 1, "sections": 0, "tasks": 0}
    assert [p["name"] for p in listed(client, headers)] == ["Inbox"]
    after = db.session.execute(select(User.cache_generation).where(User.id == person.id)).scalar_one()
    assert after == generation


def test_an_archived_project_is_created_archived_with_its_tasks(client, auth, third):
    _, headers = third
    old = {"id": 1, "name": "Old", "archived": True, "sections": [{"id": 2, "name": "Done"}]}
    task = {"id": 3, "title": "kept", "project_id": 1, "section_id": 2}

    created(client.post(IMPORT, json=document(task, projects=[old]), headers=headers))

    (project,) = [p for p in listed(client, headers) if p["name"] == "Old"]
    assert (project["archived"], project["counts"]["open"]) == (True, 1)
    (kept,) = exported(client, headers, project_id=project["id"])["tasks"]
    assert (
        kept["section_id"]
        == exported(client, headers, project_id=project["id"])["projects"][0]["sections"][0]["id"]
    )
    refused = client.post("/api/tasks", json={"title": "x", "project_id": project["id"]}, headers=headers)
    assert refused.status_code == 403  # read-only, as any archived project


def test_creations_go_through_the_unit_of_work(client, auth, world, third):
    person, headers = third
    generation = db.session.execute(select(User.cache_generation).where(User.id == person.id)).scalar_one()

    created(client.post(IMPORT, json=exported(client, auth, project_id=world["work"]), headers=headers))

    work = next(p["id"] for p in listed(client, headers) if p["name"] == "Work")
    changes = db.session.execute(
        select(Change.kind, Change.action, Change.actor_id)
        .where(Change.project_id == work)
        .order_by(Change.seq)
    ).all()
    kinds = [(kind, action) for kind, action, _ in changes]
    assert kinds[0] == ("project", "create")
    assert kinds.count(("section", "create")) == 2
    assert kinds.count(("task", "create")) == 5
    assert len(kinds) == 8
    assert {actor for _, _, actor in changes} == {person.id}
    after = db.session.execute(select(User.cache_generation).where(User.id == person.id)).scalar_one()
    assert after > generation  # touched: their list of projects changed


# The unit of work writes one change-number bump and one change insert per project a write touches.
# (The savepoints are the test's: its session joins an outer transaction.)
_PER_PROJECT = re.compile(r"(UPDATE projects SET generation|INSERT INTO changes|SAVEPOINT|RELEASE SAVEPOINT)")


def statements(client, headers, body) -> list[str]:
    """The statements an import runs, but for the unit of work's per-project ones."""
    seen: list[str] = []
    connection = db.session.get_bind()

    def note(_conn, _cursor, statement, _parameters, _context, _executemany):
        seen.append(statement)

    event.listen(connection, "before_cursor_execute", note)
    try:
        created(client.post(IMPORT, json=body, headers=headers))
    finally:
        event.remove(connection, "before_cursor_execute", note)
    return [statement for statement in seen if not _PER_PROJECT.match(statement)]


def test_an_import_writes_in_bulk(client, auth):
    def workspace(size):
        projects = [
            {
                "id": p,
                "name": f"P{p}",
                "sections": [{"id": p * 100 + s, "name": f"S{s}"} for s in range(size)],
            }
            for p in range(1, size + 1)
        ]
        tasks = []
        for p in range(1, size + 1):
            for t in range(size):
                top = p * 1_000 + t * 2
                tasks.append(
                    # A tag new to each import: both create one (an existing tag costs fewer statements).
                    {
                        "id": top,
                        "title": "t",
                        "project_id": p,
                        "section_id": p * 100 + t,
                        "tags": [f"x{size}"],
                    }
                )
                tasks.append({"id": top + 1, "title": "s", "project_id": p, "parent_id": top})
        return document(*tasks, projects=[{**projects[0], "inbox": True}, *projects[1:]])

    small = statements(client, auth, workspace(2))
    large = statements(client, auth, workspace(12))  # 11 projects, 144 sections, 288 tasks

    assert len(large) == len(small)
