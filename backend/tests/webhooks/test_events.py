"""What a change sends: each task and comment write queues its event, in the write's transaction, for every
active webhook of the project that subscribed (and the personal ones of the project's owner, never of
someone it is only shared with); a write that rolls back queues nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from taskforge import unit_of_work
from taskforge.extensions import db
from taskforge.tasks.models import Task
from taskforge.unit_of_work import commit, record_change
from taskforge.webhooks.models import WebhookDelivery
from tests.webhooks.conftest import EVENTS, make_project, make_task, make_webhook

PUBLIC = "https://93.184.215.14/hook"
ALL = [*EVENTS, "comment.updated", "comment.deleted"]


def sent(client, auth, hook_id):
    """The events queued for a webhook, oldest first, with what each is about."""
    items = client.get(f"/api/webhooks/{hook_id}/deliveries", headers=auth).get_json()["items"]
    rows = {
        d.id: d.payload
        for d in db.session.execute(
            select(WebhookDelivery).where(WebhookDelivery.webhook_id == hook_id)
        ).scalars()
    }
    return [(d["event"], rows[d["id"]]["data"]) for d in reversed(items)]


def test_each_task_and_comment_write_queues_its_event(client, auth, user):
    project = make_project(client, auth)
    hook = make_webhook(client, auth, PUBLIC, project=project, events=ALL)
    task = make_task(client, auth, project)
    url = f"/api/tasks/{task['id']}"
    assert client.patch(url, json={"title": "Renamed"}, headers=auth).status_code == 200
    assert client.patch(url, json={"completed": True}, headers=auth).status_code == 200
    comment = client.post(f"{url}/comments", json={"text": "hi"}, headers=auth).get_json()
    assert (
        client.patch(f"/api/comments/{comment['id']}", json={"text": "edited"}, headers=auth).status_code
        == 200
    )
    assert client.delete(f"/api/comments/{comment['id']}", headers=auth).status_code == 204
    assert client.delete(url, headers=auth).status_code == 204
    restored = client.post(f"/api/trash/task-{task['id']}/restore", headers=auth)
    assert restored.status_code == 200, restored.get_json()
    events = sent(client, auth, hook["id"])
    assert [event for event, _ in events] == [
        "task.created",
        "task.updated",
        "task.completed",
        "comment.created",
        "comment.updated",
        "comment.deleted",
        "task.deleted",
        "task.restored",
    ]
    data = dict(events)
    assert data["task.updated"]["task"]["title"] == "Renamed"
    assert data["task.completed"]["task"]["completed"] is True
    assert data["task.deleted"]["task"]["deleted_at"] is not None
    assert data["comment.created"]["comment"]["text"] == "hi"
    assert data["comment.deleted"]["comment"] == {"id": comment["id"]}
    assert {d["actor_id"] for d in data.values()} == {user.id}
    assert "reminders" not in data["task.updated"]["task"]  # each person's own, never sent


def test_a_personal_webhook_hears_of_the_projects_its_owner_owns_only(client, auth, other_user, other_auth):
    mine = make_project(client, auth, "Mine")
    theirs = make_project(client, other_auth, "Theirs")
    add = {"username": client.get("/api/auth/me", headers=auth).get_json()["username"], "role": "editor"}
    assert client.post(f"/api/projects/{theirs}/members", json=add, headers=other_auth).status_code == 201
    hook = make_webhook(client, auth, PUBLIC, project=None, events=["task.created"])
    make_task(client, auth, mine, "in mine")
    make_task(client, auth, theirs, "in theirs")  # shared with me, not mine
    make_task(client, other_auth, theirs, "by them")
    titles = [data["task"]["title"] for _, data in sent(client, auth, hook["id"])]
    assert titles == ["in mine"]


def test_a_paused_webhook_queues_nothing(client, auth):
    project = make_project(client, auth)
    hook = make_webhook(client, auth, PUBLIC, project=project)
    client.patch(f"/api/webhooks/{hook['id']}", json={"active": False}, headers=auth)
    make_task(client, auth, project)
    assert sent(client, auth, hook["id"]) == []


def test_a_task_moved_out_is_the_new_projects_to_tell(client, auth):
    first, second = make_project(client, auth, "First"), make_project(client, auth, "Second")
    old = make_webhook(client, auth, PUBLIC, project=first, events=["task.updated"])
    new = make_webhook(client, auth, PUBLIC, project=second, events=["task.updated"])
    task = make_task(client, auth, first)
    moved = client.patch(f"/api/tasks/{task['id']}", json={"project_id": second}, headers=auth)
    assert moved.status_code == 200, moved.get_json()
    assert sent(client, auth, old["id"]) == []
    assert [data["task"]["project_id"] for _, data in sent(client, auth, new["id"])] == [second]


def _count() -> int:
    return int(db.session.execute(select(func.count()).select_from(WebhookDelivery)).scalar_one())


@pytest.mark.parametrize("fails", [False, True])
def test_a_write_that_rolls_back_queues_nothing(client, auth, user, monkeypatch, fails):
    project = make_project(client, auth)
    make_webhook(client, auth, PUBLIC, project=project)
    before = _count()
    if fails:  # a step of the commit after the deliveries were written fails: the transaction rolls back

        def fail(*args, **kwargs):
            raise RuntimeError("the commit fails after the outbox rows were written")

        monkeypatch.setattr(unit_of_work, "_bump_users", fail)
    task = Task(user_id=user.id, project_id=project, title="Doomed")
    db.session.add(task)
    db.session.flush()
    record_change(project_id=project, kind="task", entity_id=task.id, action="create", actor_id=user.id)
    if fails:
        with pytest.raises(RuntimeError):
            commit()
        db.session.rollback()
        assert _count() == before
        assert db.session.get(Task, task.id) is None
    else:
        commit()
        assert _count() == before + 1
