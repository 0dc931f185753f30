"""Export per project and whole (format version 2): the projects, in the caller's order, and their sections
travel with the tasks, and an import into another account gives back what was exported."""

from __future__ import annotations

import csv
import io

from taskforge.export import dump
from tests.export.helpers import EXPORT, IMPORT, created, exported, listed, new_project, shape
from tests.export.test_export_import import without_ids
from tests.factories import inbox_of


def test_the_whole_export_holds_every_project_in_the_callers_order(client, auth, world):
    client.post(f"/api/projects/{world['old']}/move", json={"before_id": world["work"]}, headers=auth)
    client.post(f"/api/sections/{world['doing']}/move", json={"before_id": world["todo"]}, headers=auth)

    document = exported(client, auth)

    assert document["version"] == 2
    assert [p["name"] for p in document["projects"]] == [p["name"] for p in listed(client, auth)]
    assert [p["name"] for p in document["projects"]] == ["Inbox", "Old", "Work", "Shared"]
    work = document["projects"][2]
    assert {key: work[key] for key in ("description", "color", "archived", "inbox")} == {
        "description": "Day job",
        "color": "#0d6efd",
        "archived": False,
        "inbox": False,
    }
    assert work["sections"] == [
        {"id": world["doing"], "name": "Doing"},
        {"id": world["todo"], "name": "To do"},
    ]
    assert [(p["archived"], p["inbox"]) for p in document["projects"]] == [
        (False, True),
        (True, False),
        (False, False),
        (False, False),
    ]
    order = [p["id"] for p in document["projects"]]
    ranks = [order.index(task["project_id"]) for task in document["tasks"]]
    assert ranks == sorted(ranks)  # by project, in the caller's order
    by_title = {task["title"]: task for task in document["tasks"]}
    assert (by_title["Plan"]["project_id"], by_title["Plan"]["section_id"]) == (world["work"], world["doing"])
    assert (by_title["Draft"]["project_id"], by_title["Draft"]["section_id"]) == (world["work"], None)
    assert by_title["Call mum"]["section_id"] == world["today"]
    assert by_title["Their task"]["project_id"] == order[3]


def test_a_whole_round_trip_into_another_account(client, auth, world, third):
    person, headers = third
    document = exported(client, auth)

    report = created(client.post(IMPORT, json=document, headers=headers))

    assert report["projects_created"] == ["Work", "Old", "Shared"]
    assert report["tasks_created"] == len(document["tasks"]) == 9
    again = exported(client, headers)
    assert shape(again) == shape(document)
    assert without_ids(again) == without_ids(document)
    assert again["tags"] == document["tags"]
    mine = listed(client, headers)
    assert [(p["name"], p["role"], p["archived"]) for p in mine] == [
        ("Inbox", "owner", False),
        ("Work", "owner", False),
        ("Old", "owner", True),
        ("Shared", "owner", False),
    ]
    assert {p["owner_id"] for p in mine} == {person.id}
    assert mine[0]["id"] == inbox_of(person)  # the Inbox's tasks went to the importer's own Inbox


def test_imported_projects_go_to_the_end_of_the_importers_list(client, auth, world, third):
    _, headers = third
    new_project(client, headers, "Mine")
    client.post(IMPORT, json=exported(client, auth, project_id=world["work"]), headers=headers)
    assert [p["name"] for p in listed(client, headers)] == ["Inbox", "Mine", "Work"]


def test_a_project_round_trip(client, auth, world, third):
    person, headers = third
    document = exported(client, auth, project_id=world["work"])
    assert [p["name"] for p in document["projects"]] == ["Work"]
    assert {task["project_id"] for task in document["tasks"]} == {world["work"]}
    assert [task["title"] for task in document["tasks"]] == [
        "Plan",
        "Draft",
        "Backlog item",
        "Standup",
        "Standup",
    ]

    report = created(client.post(IMPORT, json=document, headers=headers))

    assert report["projects_created"] == ["Work"]
    work = next(p["id"] for p in listed(client, headers) if p["name"] == "Work")
    again = exported(client, headers, project_id=work)
    assert shape(again) == shape(document)
    assert without_ids(again) == without_ids(document)
    assert exported(client, headers, project_id=inbox_of(person))["tasks"] == []


def test_an_export_never_refers_to_a_project_or_section_it_does_not_hold(user, world):
    """Each statement of an export reads its own snapshot: what was deleted between the projects' statement
    and the tasks' is left out of the tasks too, so that the document still imports."""
    projects = dump._projects(user.id, [world["inbox"], world["work"]])
    assert [p.name for p in projects] == ["Inbox", "Work"]
    projects[1].sections = [s for s in projects[1].sections if s.name != "Doing"]  # deleted meanwhile

    tasks = {t.title: t for t in dump._tasks([world["inbox"], world["work"]], projects)}
    assert (tasks["Plan"].project_id, tasks["Plan"].section_id) == (world["work"], None)
    assert tasks["Backlog item"].section_id == world["todo"]
    assert {t.title for t in dump._tasks([world["inbox"], world["work"]], projects[:1])} == {
        "Call mum",
        "Loose end",
    }


def test_the_csv_names_each_tasks_project_and_section(client, auth, world):
    client.patch(f"/api/projects/{world['work']}", json={"name": "=HYPERLINK(1)"}, headers=auth)
    raw = client.get(EXPORT, query_string={"format": "csv"}, headers=auth).get_data()
    rows = {row["title"]: row for row in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))}
    assert (rows["Plan"]["project"], rows["Plan"]["section"]) == ("'=HYPERLINK(1)", "Doing")
    assert (rows["Draft"]["project"], rows["Draft"]["section"]) == ("'=HYPERLINK(1)", "")
    assert (rows["Call mum"]["project"], rows["Call mum"]["section"]) == ("Inbox", "Today")
    assert rows["Their task"]["project"] == "Shared"
