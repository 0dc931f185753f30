"""Nothing of a deleted account remains: every column that references users is counted, table by table."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.tasks.models import Task
from tests.account_deletion.conftest import delete_me, new_project, share


def references_to(user_id: int) -> dict[str, int]:
    """Per table, the rows any of whose columns reference `user_id` through a foreign key to users."""
    found: dict[str, int] = {}
    for table in db.metadata.sorted_tables:
        columns = [fk.parent for fk in table.foreign_keys if fk.column.table.name == "users"]
        if table.name == "users":
            columns.append(table.c.id)
        if columns:
            count = db.session.execute(
                select(func.count()).select_from(table).where(or_(*(column == user_id for column in columns)))
            ).scalar_one()
            found[table.name] = int(count)
    return found


def test_nothing_of_the_account_remains(client, people):
    h, users, ada = people.headers, people.users, people.users["ada"]
    diary = new_project(client, h["ada"], "Diary")
    created = client.post(
        "/api/tasks",
        json={
            "title": "t",
            "project_id": diary,
            "tags": ["mine"],
            "due_date": "2030-01-01T09:00:00Z",
            "reminders": [{"before_due": 10}],
        },
        headers=h["ada"],
    ).get_json()
    client.post(f"/api/tasks/{created['id']}/comments", json={"text": "note"}, headers=h["ada"])
    client.post("/api/auth/calendar-token", headers=h["ada"])
    bobs = new_project(client, h["bob"], "Bob's")
    share(client, h["bob"], bobs, ada)
    in_bobs = client.post("/api/tasks", json={"title": "x", "project_id": bobs}, headers=h["ada"]).get_json()
    assigned = client.patch(f"/api/tasks/{in_bobs['id']}", json={"assignee_ids": [ada.id]}, headers=h["bob"])
    assert assigned.status_code == 200, assigned.get_json()
    client.post(f"/api/tasks/{in_bobs['id']}/comments", json={"text": "kept"}, headers=h["ada"])
    before = references_to(ada.id)
    assert (before["users"], before["comments"], before["tags"], before["tasks"]) == (1, 2, 1, 2)
    assert (before["reminders"], before["task_assignees"], before["projects"]) == (1, 1, 3)

    choice = {"id": people.shared, "action": "transfer", "to_user_id": users["bob"].id}
    assert delete_me(client, h["ada"], projects=[choice]).status_code == 204

    assert {table: count for table, count in references_to(ada.id).items() if count} == {}
    assert db.session.execute(select(func.count()).where(Project.id == diary)).scalar_one() == 0
    assert db.session.get(Task, in_bobs["id"]) is not None
