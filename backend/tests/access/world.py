"""A shared project with one person in every role, built through the API as its owner would build it."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.conftest import bearer
from tests.factories import UserFactory, inbox_of

ROLES = ("owner", "admin", "editor", "viewer", "teammate", "outsider", "removed")
RANK = {"owner": 4, "admin": 3, "editor": 2, "viewer": 1, "teammate": 2, "outsider": 0, "removed": 0}


@dataclass
class World:
    project: int
    section: int
    other_section: int
    task: int
    other_task: int
    subtask: int
    team: int
    spare_team: int
    link: int
    link_token: str
    comment: int
    trashed_task: int
    trashed_project: int
    webhook: int
    delivery: int
    users: dict[str, object] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)

    def ids(self, role: str) -> dict[str, object]:
        """What an endpoint's path and body may name, for a caller in `role`."""
        users = self.users
        return {
            "project": self.project,
            "section": self.section,
            "other_section": self.other_section,
            "task": self.task,
            "other_task": self.other_task,
            "subtask": self.subtask,
            "team": self.team,
            "spare_team": self.spare_team,
            "link": self.link,
            "comment": self.comment,
            "trashed_task": self.trashed_task,
            "trashed_project": self.trashed_project,
            "webhook": self.webhook,
            "delivery": self.delivery,
            "bystander": users["bystander"].id,  # type: ignore[attr-defined]
            "newcomer": users["newcomer"].username,  # type: ignore[attr-defined]
            "inbox": inbox_of(users[role]) if role in users else 0,  # type: ignore[arg-type]
            "me": users[role].id if role in users else 0,  # type: ignore[attr-defined]
        }


def ok(response, *statuses: int) -> dict:
    assert response.status_code in (statuses or (200, 201, 204)), (response.status_code, response.get_json())
    return response.get_json() if response.status_code != 204 else {}


def build(client, token_for) -> World:
    """Owner, admin, editor and viewer are direct members; `teammate` is an editor through a team; `removed`
    was an editor and was removed; `outsider` never had access; `bystander` (a viewer) and `newcomer` (no
    access) are there to be acted on."""
    users = {name: UserFactory() for name in (*ROLES, "bystander", "newcomer")}
    headers = {name: bearer(token_for(user)) for name, user in users.items()}
    owner = headers["owner"]
    project = ok(client.post("/api/projects", json={"name": "Shared"}, headers=owner))["id"]
    base = f"/api/projects/{project}"
    direct = {
        "admin": "admin",
        "editor": "editor",
        "viewer": "viewer",
        "removed": "editor",
        "bystander": "viewer",
    }
    for name, role in direct.items():
        ok(
            client.post(
                f"{base}/members", json={"username": users[name].username, "role": role}, headers=owner
            )
        )
    team = ok(client.post("/api/teams", json={"name": "Crew"}, headers=owner))["id"]
    ok(
        client.post(
            f"/api/teams/{team}/members", json={"username": users["teammate"].username}, headers=owner
        )
    )
    ok(client.post(f"{base}/teams", json={"team_id": team, "role": "editor"}, headers=owner))
    # A second team everyone is in, for the endpoints that share with a team the caller belongs to.
    spare_team = ok(client.post("/api/teams", json={"name": "Everyone"}, headers=owner))["id"]
    for name in users.keys() - {"owner"}:
        body = {"username": users[name].username}
        ok(client.post(f"/api/teams/{spare_team}/members", json=body, headers=owner))
    ok(client.delete(f"{base}/members/{users['removed'].id}", headers=owner))
    section = ok(client.post(f"{base}/sections", json={"name": "Doing"}, headers=owner))["id"]
    other_section = ok(client.post(f"{base}/sections", json={"name": "Done"}, headers=owner))["id"]
    task = ok(
        client.post(
            "/api/tasks",
            json={"title": "plan", "project_id": project, "section_id": section, "tags": ["ownerstag"]},
            headers=owner,
        )
    )["id"]
    other = {"title": "other", "project_id": project}
    other_task = ok(client.post("/api/tasks", json=other, headers=owner))["id"]
    subtask = ok(client.post("/api/tasks", json={"title": "step", "parent_id": task}, headers=owner))["id"]
    link = ok(client.post(f"{base}/links", headers=owner))
    comment = ok(client.post(f"/api/tasks/{task}/comments", json={"text": "owner's"}, headers=owner))["id"]
    trashed_task = ok(
        client.post("/api/tasks", json={"title": "binned", "project_id": project}, headers=owner)
    )
    ok(client.delete(f"/api/tasks/{trashed_task['id']}", headers=owner))
    hook = {"url": "https://93.184.215.14/hook", "events": ["task.created"]}  # a public address
    webhook = ok(client.post(f"{base}/webhooks", json=hook, headers=owner))["id"]
    delivery = ok(client.post(f"/api/webhooks/{webhook}/test", headers=owner), 202)["id"]
    return World(
        project=project,
        section=section,
        other_section=other_section,
        task=task,
        other_task=other_task,
        subtask=subtask,
        team=team,
        spare_team=spare_team,
        link=link["id"],
        link_token=link["token"],
        comment=comment,
        trashed_task=trashed_task["id"],
        trashed_project=_trashed_project(client, users, owner, team),
        webhook=webhook,
        delivery=delivery,
        users=users,
        headers={**headers, "link": bearer(link["token"])},
    )


def _trashed_project(client, users, owner, team) -> int:
    """A second project shared as the first (every role but the link), then deleted by its owner."""
    project = ok(client.post("/api/projects", json={"name": "Old"}, headers=owner))["id"]
    base = f"/api/projects/{project}"
    for name in ("admin", "editor", "viewer"):
        body = {"username": users[name].username, "role": name}
        ok(client.post(f"{base}/members", json=body, headers=owner))
    ok(client.post(f"{base}/teams", json={"team_id": team, "role": "editor"}, headers=owner))
    ok(client.post("/api/tasks", json={"title": "old", "project_id": project}, headers=owner))
    ok(client.delete(base, headers=owner))
    return int(project)
