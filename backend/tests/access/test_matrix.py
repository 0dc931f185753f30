"""The role x endpoint matrix: every endpoint that touches a project, its tasks, sections, members, teams,
links, history, statistics or export, called by a person in every role.

Someone without access gets exactly what a missing id gets (404, or 422 naming the field for an id in a
body); a role too low gets 403; a read-only link's secret is no bearer token (401); nothing refused changes
anything. Every endpoint added for projects joins this table in the same commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.access.world import RANK, ROLES, World

NEED = {"viewer": 1, "editor": 2, "admin": 3, "owner": 4}
MISSING = 2**63 - 1
HOOK = {"url": "https://93.184.215.14/other", "events": ["task.created"]}  # a public address


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    path: str  # formatted with World.ids(role)
    need: str  # the lowest role that may call it
    body: Any = None
    denied: int = 404  # what no access looks like (422 when the id is in the body)
    low: int = 403  # what a role too low gets (404 where the item is not even listed to it: the trash)


ENDPOINTS = [
    Endpoint("get project", "GET", "/api/projects/{project}", "viewer"),
    Endpoint("rename project", "PATCH", "/api/projects/{project}", "admin", {"name": "renamed"}),
    Endpoint("archive project", "PATCH", "/api/projects/{project}", "admin", {"archived": True}),
    Endpoint("favourite project", "PATCH", "/api/projects/{project}", "viewer", {"favorite": True}),
    Endpoint("move project", "POST", "/api/projects/{project}/move", "viewer", {"before_id": "{inbox}"}),
    Endpoint("delete project", "DELETE", "/api/projects/{project}", "owner"),
    Endpoint("project activity", "GET", "/api/projects/{project}/activity", "viewer"),
    Endpoint("list members", "GET", "/api/projects/{project}/members", "viewer"),
    Endpoint("list people", "GET", "/api/projects/{project}/people", "viewer"),
    Endpoint("add member", "POST", "/api/projects/{project}/members", "admin", {"username": "{newcomer}"}),
    Endpoint(
        "change member", "PATCH", "/api/projects/{project}/members/{bystander}", "admin", {"role": "editor"}
    ),
    Endpoint("remove member", "DELETE", "/api/projects/{project}/members/{bystander}", "admin"),
    Endpoint("transfer", "POST", "/api/projects/{project}/transfer", "owner", {"user_id": "{bystander}"}),
    Endpoint("list team grants", "GET", "/api/projects/{project}/teams", "viewer"),
    Endpoint(
        "share with team", "POST", "/api/projects/{project}/teams", "admin", {"team_id": "{spare_team}"}
    ),
    Endpoint(
        "change team grant", "PATCH", "/api/projects/{project}/teams/{team}", "admin", {"role": "viewer"}
    ),
    Endpoint("remove team grant", "DELETE", "/api/projects/{project}/teams/{team}", "admin"),
    Endpoint("list links", "GET", "/api/projects/{project}/links", "admin"),
    Endpoint("create link", "POST", "/api/projects/{project}/links", "admin"),
    Endpoint("revoke link", "DELETE", "/api/projects/{project}/links/{link}", "admin"),
    Endpoint("list sections", "GET", "/api/projects/{project}/sections", "viewer"),
    Endpoint("create section", "POST", "/api/projects/{project}/sections", "admin", {"name": "Later"}),
    Endpoint("rename section", "PATCH", "/api/sections/{section}", "admin", {"name": "Now"}),
    Endpoint(
        "move section", "POST", "/api/sections/{section}/move", "admin", {"after_id": "{other_section}"}
    ),
    Endpoint("delete section", "DELETE", "/api/sections/{section}", "admin"),
    Endpoint("get task", "GET", "/api/tasks/{task}", "viewer"),
    Endpoint("list subtasks", "GET", "/api/tasks/{task}/subtasks", "viewer"),
    Endpoint("occurrences", "GET", "/api/tasks/{task}/occurrences", "viewer"),
    Endpoint("task history", "GET", "/api/tasks/{task}/history", "viewer"),
    Endpoint("create task", "POST", "/api/tasks", "editor", {"title": "x", "project_id": "{project}"}, 422),
    Endpoint("create subtask", "POST", "/api/tasks", "editor", {"title": "x", "parent_id": "{task}"}, 422),
    Endpoint(
        "create batch",
        "POST",
        "/api/tasks/batch",
        "editor",
        {"tasks": [{"title": "x", "project_id": "{project}"}]},
        422,
    ),
    Endpoint(
        "create task from text",
        "POST",
        "/api/tasks",
        "editor",
        {"text": "x tomorrow 5pm p1 #t", "project_id": "{project}"},
        422,
    ),
    Endpoint(
        "create batch from text",
        "POST",
        "/api/tasks/batch",
        "editor",
        {"tasks": [{"text": "x every weekday", "project_id": "{project}"}]},
        422,
    ),
    Endpoint(
        "parse task", "POST", "/api/tasks/parse", "editor", {"text": "x", "project_id": "{project}"}, 422
    ),
    Endpoint(
        "create assigned task",
        "POST",
        "/api/tasks",
        "editor",
        {"title": "x", "project_id": "{project}", "assignee_ids": ["{me}"]},
        422,
    ),
    Endpoint("patch task", "PATCH", "/api/tasks/{task}", "editor", {"title": "x"}),
    Endpoint("assign task", "PATCH", "/api/tasks/{task}", "editor", {"assignee_ids": ["{me}"]}),
    Endpoint("unassign task", "PATCH", "/api/tasks/{task}", "editor", {"assignee_ids": []}),
    Endpoint("put task", "PUT", "/api/tasks/{task}", "editor", {"completed": True}),
    Endpoint(
        "set reminders",
        "PATCH",
        "/api/tasks/{task}",
        "editor",
        {"reminders": [{"at": "2031-01-01T00:00:00Z"}]},
    ),
    Endpoint("move to inbox", "PATCH", "/api/tasks/{task}", "editor", {"project_id": "{inbox}"}),
    Endpoint("move task", "POST", "/api/tasks/{task}/move", "editor", {"after_id": "{other_task}"}),
    Endpoint("delete task", "DELETE", "/api/tasks/{task}", "editor"),
    Endpoint("delete subtask", "DELETE", "/api/tasks/{subtask}", "editor"),
    Endpoint("list comments", "GET", "/api/tasks/{task}/comments", "viewer"),
    Endpoint("comment", "POST", "/api/tasks/{task}/comments", "viewer", {"text": "hi"}),
    Endpoint("get comment", "GET", "/api/comments/{comment}", "viewer"),
    Endpoint("edit comment", "PATCH", "/api/comments/{comment}", "owner", {"text": "edited"}),  # its author
    Endpoint("delete comment", "DELETE", "/api/comments/{comment}", "admin"),  # its author or an admin
    Endpoint("project stats", "GET", "/api/stats?project_id={project}", "viewer"),
    Endpoint("export project", "GET", "/api/export?project_id={project}", "viewer"),
    Endpoint(
        "import into project",
        "POST",
        "/api/import?project_id={project}",
        "editor",
        {"format": "taskforge", "version": 1, "tasks": [{"id": 1, "title": "imported"}]},
        422,
    ),
    Endpoint("restore task", "POST", "/api/trash/task-{trashed_task}/restore", "editor", low=404),
    Endpoint("purge task", "DELETE", "/api/trash/task-{trashed_task}", "editor", low=404),
    Endpoint("restore project", "POST", "/api/trash/project-{trashed_project}/restore", "owner", low=404),
    Endpoint("purge project", "DELETE", "/api/trash/project-{trashed_project}", "owner", low=404),
    Endpoint("list webhooks", "GET", "/api/projects/{project}/webhooks", "admin"),
    Endpoint("create webhook", "POST", "/api/projects/{project}/webhooks", "admin", HOOK),
    Endpoint("get webhook", "GET", "/api/webhooks/{webhook}", "admin"),
    Endpoint("change webhook", "PATCH", "/api/webhooks/{webhook}", "admin", {"events": ["task.updated"]}),
    Endpoint("test webhook", "POST", "/api/webhooks/{webhook}/test", "admin"),
    Endpoint("webhook deliveries", "GET", "/api/webhooks/{webhook}/deliveries", "admin"),
    Endpoint("redeliver", "POST", "/api/webhooks/{webhook}/deliveries/{delivery}/redeliver", "admin"),
    Endpoint("delete webhook", "DELETE", "/api/webhooks/{webhook}", "admin"),
]


def fill(value: Any, ids: dict[str, object]) -> Any:
    """The template with the world's ids in it (a whole-string placeholder keeps the id's type)."""
    if isinstance(value, str):
        if value.startswith("{") and value.endswith("}") and value[1:-1] in ids:
            return ids[value[1:-1]]
        return value.format(**ids)
    if isinstance(value, dict):
        return {key: fill(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [fill(item, ids) for item in value]
    return value


def expected(endpoint: Endpoint, role: str) -> int | None:
    """The status a role gets, or None for "a 2xx"."""
    if role == "link":
        return 401
    rank = RANK[role]
    if rank == 0:
        return endpoint.denied
    if rank < NEED[endpoint.need]:
        return endpoint.low
    return None


def snapshot(client, world: World) -> dict[str, Any]:
    """Everything the owner sees of the project: what a refused request must leave as it was."""
    owner, base = world.headers["owner"], f"/api/projects/{world.project}"
    return {
        path: client.get(path, headers=owner).get_json()
        for path in (
            base,
            f"{base}/members",
            f"{base}/teams",
            f"{base}/links",
            f"{base}/sections",
            f"/api/tasks?project_id={world.project}&include_subtasks=true&per_page=100",
            f"/api/tasks/{world.task}/comments",
            "/api/trash",
            f"{base}/webhooks",
            f"/api/webhooks/{world.webhook}/deliveries",
        )
    }


@pytest.mark.parametrize("role", [*ROLES, "link"])
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.name for e in ENDPOINTS])
def test_role_x_endpoint(world_client, world, endpoint, role):
    client = world_client
    ids = world.ids(role if role in world.users else "owner")
    before = snapshot(client, world)
    response = client.open(
        fill(endpoint.path, ids),
        method=endpoint.method,
        json=fill(endpoint.body, ids),
        headers=world.headers[role],
    )
    want = expected(endpoint, role)
    if want is None:
        assert 200 <= response.status_code < 300, (response.status_code, response.get_json())
        return
    assert response.status_code == want, (response.status_code, response.get_json())
    assert response.mimetype == "application/problem+json"
    assert snapshot(client, world) == before  # refused: nothing changed


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if "{" in e.path], ids=lambda e: e.name)
def test_no_access_looks_exactly_like_a_missing_id(world_client, world, endpoint):
    client = world_client
    """The outsider's answer about the real project equals anyone's answer about an id that never existed."""
    real = world.ids("outsider")
    missing = {
        **real,
        **dict.fromkeys(
            (
                "project",
                "section",
                "task",
                "subtask",
                "team",
                "link",
                "comment",
                "trashed_task",
                "trashed_project",
                "webhook",
                "delivery",
            ),
            MISSING,
        ),
    }
    headers = world.headers["outsider"]

    def answer(ids):
        response = client.open(
            fill(endpoint.path, ids), method=endpoint.method, json=fill(endpoint.body, ids), headers=headers
        )
        body = response.get_json()
        return response.status_code, {key: value for key, value in body.items() if key != "request_id"}

    assert answer(real) == answer(missing)


@pytest.mark.parametrize("role", ROLES)
def test_a_project_named_in_a_text_is_taken_only_by_who_may_add_to_it(world_client, world, role):
    """`@Shared` names the project for its editors and up; for anyone else it is a word of the title, answered
    exactly as a name no project has (`@Sharex`): nothing says the project exists. Creating from the text
    puts the task in the project, or in the caller's Inbox."""
    client, headers = world_client, world.headers[role]

    def parse(name):
        response = client.post("/api/tasks/parse", json={"text": f"plan @{name} p2"}, headers=headers)
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    named, unknown = parse("Shared"), parse("Sharex")
    before = snapshot(client, world)
    created = client.post("/api/tasks", json={"text": "plan @Shared"}, headers=headers)
    assert created.status_code == 201, created.get_json()
    if RANK[role] >= NEED["editor"]:
        assert (named["task"]["project_id"], named["task"]["title"]) == (world.project, "plan")
        assert [span["kind"] for span in named["spans"]] == ["project", "priority"]
        assert created.get_json()["project_id"] == world.project
    else:
        assert named == unknown | {
            "task": {**unknown["task"], "title": "plan @Shared"},
            "unrecognized": [{**unknown["unrecognized"][0], "text": "@Shared"}],
        }
        assert named["task"]["project_id"] == world.ids(role)["inbox"]
        assert created.get_json()["project_id"] == world.ids(role)["inbox"]
        assert snapshot(client, world) == before


@pytest.mark.parametrize("role", ROLES)
def test_the_trash_lists_items_exactly_to_who_may_restore_them(world_client, world, role):
    """The deleted task to whoever may delete tasks in its project, the deleted project to its owner; emptying
    the trash purges exactly those."""
    headers = world.headers[role]
    items = world_client.get("/api/trash", headers=headers).get_json()["items"]
    expected_ids = set()
    if RANK[role] >= NEED["editor"]:
        expected_ids.add(f"task-{world.trashed_task}")
    if role == "owner":
        expected_ids.add(f"project-{world.trashed_project}")
    assert {item["id"] for item in items} == expected_ids
    owner = world.headers["owner"]
    before = {item["id"] for item in world_client.get("/api/trash", headers=owner).get_json()["items"]}
    assert world_client.delete("/api/trash", headers=headers).status_code == 204
    after = {item["id"] for item in world_client.get("/api/trash", headers=owner).get_json()["items"]}
    assert after == before - expected_ids


LISTINGS = {
    "tasks": (
        "/api/tasks?include_subtasks=true&per_page=100",
        lambda body, w: {t["id"] for t in body["items"]},
    ),
    "projects": ("/api/projects", lambda body, w: {p["id"] for p in body["items"]}),
    "audit": ("/api/audit?per_page=100", lambda body, w: {e["task_id"] for e in body["items"]}),
    "export": ("/api/export", lambda body, w: {t["id"] for t in body["tasks"]}),
    "stats": ("/api/stats", lambda body, w: body["total"]),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("listing", list(LISTINGS))
def test_lists_show_the_project_exactly_to_who_may_see_it(world_client, world, role, listing):
    """Every list, search, export and count over "everything I may see" includes the project's tasks for its
    members and nothing of them for anyone else."""
    path, pick = LISTINGS[listing]
    response = world_client.get(path, headers=world.headers[role])
    assert response.status_code == 200
    seen = pick(response.get_json(), world)
    member = RANK[role] > 0
    if listing == "stats":
        assert (seen >= 2) is member  # the project's two top-level tasks; an outsider's own count is 0
    elif listing == "projects":
        assert (world.project in seen) is member
    else:
        assert ({world.task, world.subtask} <= seen) is member
        assert not ({world.task, world.subtask} & seen) or member


@pytest.mark.parametrize("role", [*ROLES, "link"])
def test_the_read_only_link_reads_the_same_for_everyone_until_revoked(world_client, world, role):
    link = f"/api/shared/{world.link_token}"
    assert world_client.get(link, headers=world.headers[role]).status_code == 200
    tasks = world_client.get(f"{link}/tasks", headers=world.headers[role]).get_json()["items"]
    assert {t["id"] for t in tasks} == {world.task, world.other_task}
    revoke = f"/api/projects/{world.project}/links/{world.link}"
    assert world_client.delete(revoke, headers=world.headers["owner"]).status_code == 204
    assert world_client.get(link, headers=world.headers[role]).status_code == 404
    assert world_client.get(f"{link}/tasks", headers=world.headers[role]).status_code == 404
