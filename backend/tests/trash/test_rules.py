"""The trash's rules: what comes back with a restore (and what does not), history, reminders, and writes
that race a delete, a restore or a purge."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from taskforge.access.identity import identity_of
from taskforge.errors import NotFound
from taskforge.extensions import db
from taskforge.notifications.audience import still_theirs
from taskforge.notifications.models import Notification
from taskforge.reminders.models import Reminder
from taskforge.tasks import service as tasks
from taskforge.trash import service as trash
from taskforge.worker.queue import Policy, claim
from tests.trash.helpers import delete, make, make_project, problem, trash_ids


def test_restoring_a_parent_brings_back_what_went_with_it_not_what_was_trashed_before(client, auth):
    parent = make(client, auth, title="parent")
    earlier = make(client, auth, title="trashed before", parent_id=parent["id"])
    child = make(client, auth, title="went with it", parent_id=parent["id"])
    grandchild = make(client, auth, title="below", parent_id=child["id"])
    delete(client, auth, f"/api/tasks/{earlier['id']}")
    delete(client, auth, f"/api/tasks/{parent['id']}")
    assert set(trash_ids(client, auth)) == {f"task-{parent['id']}", f"task-{earlier['id']}"}

    assert client.post(f"/api/trash/task-{parent['id']}/restore", headers=auth).status_code == 200

    for task in (parent, child, grandchild):
        assert client.get(f"/api/tasks/{task['id']}", headers=auth).status_code == 200
    assert client.get(f"/api/tasks/{earlier['id']}", headers=auth).status_code == 404
    assert trash_ids(client, auth) == [f"task-{earlier['id']}"]
    subtasks = client.get(f"/api/tasks/{parent['id']}/subtasks", headers=auth).get_json()["items"]
    assert [s["id"] for s in subtasks] == [child["id"]]
    assert client.post(f"/api/trash/task-{earlier['id']}/restore", headers=auth).status_code == 200


def test_a_subtask_inside_a_trashed_tree_is_no_item_of_its_own(client, auth):
    parent = make(client, auth)
    child = make(client, auth, parent_id=parent["id"])
    delete(client, auth, f"/api/tasks/{parent['id']}")
    problem(client.post(f"/api/trash/task-{child['id']}/restore", headers=auth), 404)
    problem(client.delete(f"/api/trash/task-{child['id']}", headers=auth), 404)


def test_a_restore_brings_back_comments_tags_reminders_assignees_and_keeps_history(client, auth, user):
    due = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    task = make(
        client,
        auth,
        title="Renew passport",
        due_date=due,
        tags=["papers"],
        assignee_ids=[user.id],
        reminders=[{"before_due": 60}],
    )
    child = make(client, auth, title="Photos", parent_id=task["id"])
    comment = client.post(f"/api/tasks/{task['id']}/comments", json={"text": "form B"}, headers=auth)
    url = f"/api/tasks/{task['id']}"
    before = client.get(url, headers=auth).get_json()
    delete(client, auth, url)

    assert client.post(f"/api/trash/task-{task['id']}/restore", headers=auth).status_code == 200

    after = client.get(url, headers=auth).get_json()
    changing = {"version", "updated_at"}
    assert {k: v for k, v in after.items() if k not in changing} == {
        k: v for k, v in before.items() if k not in changing
    }
    assert after["version"] > before["version"]
    assert [c["id"] for c in client.get(f"{url}/comments", headers=auth).get_json()["items"]] == [
        comment.get_json()["id"]
    ]
    assert client.get(f"/api/tasks/{child['id']}", headers=auth).status_code == 200
    history = client.get(f"{url}/history", headers=auth).get_json()["items"]
    assert [event["action"] for event in history] == ["create", "comment", "delete", "restore"]
    assert history[-1]["changes"]["title"] == [None, "Renew passport"]
    child_history = client.get(f"/api/tasks/{child['id']}/history", headers=auth).get_json()["items"]
    assert [event["action"] for event in child_history] == ["create", "delete", "restore"]


def test_a_restored_project_comes_back_to_every_member(client, auth, other_auth, other_user):
    project = make_project(client, auth)
    added = client.post(
        f"/api/projects/{project['id']}/members",
        json={"username": other_user.username, "role": "editor"},
        headers=auth,
    )
    assert added.status_code == 201, added.get_json()
    task = make(client, auth, project_id=project["id"])
    delete(client, auth, f"/api/projects/{project['id']}")
    assert client.get(f"/api/tasks/{task['id']}", headers=other_auth).status_code == 404
    assert trash_ids(client, other_auth) == []  # the project's trash item is its owner's
    problem(client.post(f"/api/trash/project-{project['id']}/restore", headers=other_auth), 404)

    assert client.post(f"/api/trash/project-{project['id']}/restore", headers=auth).status_code == 200

    assert client.get(f"/api/tasks/{task['id']}", headers=other_auth).status_code == 200
    members = client.get(f"/api/projects/{project['id']}/members", headers=other_auth).get_json()
    assert other_user.username in str(members["items"])


def test_a_read_only_link_stops_with_its_project_in_the_trash(client, auth):
    project = make_project(client, auth)
    link = client.post(f"/api/projects/{project['id']}/links", headers=auth).get_json()
    delete(client, auth, f"/api/projects/{project['id']}")
    problem(client.get(f"/api/shared/{link['token']}"), 404)
    assert client.post(f"/api/trash/project-{project['id']}/restore", headers=auth).status_code == 200
    assert client.get(f"/api/shared/{link['token']}").status_code == 200


def _due_reminder(user, task_factory, **task_fields) -> Reminder:
    now = datetime.now(UTC)
    task = task_factory(user=user, due_date=now + timedelta(hours=1), **task_fields)
    reminder = Reminder(user_id=user.id, task_id=task.id, at=now, fire_at=now - timedelta(seconds=5))
    db.session.add(reminder)
    db.session.commit()
    return reminder


def _policy() -> Policy:
    return Policy(
        worker_id="w1", lease=timedelta(seconds=60), late_after=timedelta(seconds=120), email_max_attempts=3
    )


def test_reminders_of_a_task_in_the_trash_never_fire_and_resume_after_a_restore(user, task_factory):
    reminder = _due_reminder(user, task_factory)
    identity = identity_of(user.id)
    assert identity is not None
    tasks.delete_task(identity=identity, task_id=reminder.task_id)
    assert claim(policy=_policy(), limit=10) == []
    assert db.session.get(Reminder, reminder.id) is not None  # kept for a restore

    trash.restore_task(identity=identity, task_id=reminder.task_id)

    assert claim(policy=_policy(), limit=10) == [reminder.id]


def test_reminders_of_a_project_in_the_trash_never_fire(client, auth, user, task_factory):
    project = make_project(client, auth)
    from taskforge.projects.models import Project

    reminder = _due_reminder(user, task_factory, project=db.session.get(Project, project["id"]))
    delete(client, auth, f"/api/projects/{project['id']}")
    assert claim(policy=_policy(), limit=10) == []
    assert client.post(f"/api/trash/project-{project['id']}/restore", headers=auth).status_code == 200
    assert claim(policy=_policy(), limit=10) == [reminder.id]


def test_a_restore_racing_a_purge_ends_in_one_clean_answer(committed_owner, base_app):
    owner = committed_owner(base_app)
    client = base_app.test_client()
    assert client.delete(owner.task_url, headers=owner.headers).status_code == 204
    item = f"/api/trash/task-{owner.task_id}"
    answers: dict[str, int] = {}
    barrier = threading.Barrier(2)

    def call(name: str, method: str, path: str) -> None:
        barrier.wait(10)
        answers[name] = base_app.test_client().open(path, method=method, headers=owner.headers).status_code

    threads = [
        threading.Thread(target=call, args=("restore", "POST", f"{item}/restore")),
        threading.Thread(target=call, args=("purge", "DELETE", item)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)

    alive = client.get(owner.task_url, headers=owner.headers).status_code
    assert answers in ({"restore": 200, "purge": 404}, {"restore": 404, "purge": 204}), answers
    assert alive == (200 if answers["restore"] == 200 else 404)


def test_a_delete_racing_a_patch_ends_in_one_clean_answer(committed_owner, base_app):
    owner = committed_owner(base_app)
    answers: dict[str, int] = {}
    barrier = threading.Barrier(2)

    def call(name: str, method: str, body: dict | None) -> None:
        barrier.wait(10)
        response = base_app.test_client().open(
            owner.task_url, method=method, json=body, headers=owner.headers
        )
        answers[name] = response.status_code

    threads = [
        threading.Thread(target=call, args=("delete", "DELETE", None)),
        threading.Thread(target=call, args=("patch", "PATCH", {"title": "renamed"})),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)

    assert answers["delete"] == 204
    assert answers["patch"] in (200, 404), answers
    client = base_app.test_client()
    assert client.get(owner.task_url, headers=owner.headers).status_code == 404
    with base_app.app_context():
        identity = identity_of(owner.user_id)
        assert identity is not None
        restored = trash.restore_task(identity=identity, task_id=owner.task_id)
        assert restored.task.title == ("renamed" if answers["patch"] == 200 else "original")


def test_a_purged_task_is_gone_for_good(user, task_factory):
    task = task_factory(user=user)
    identity = identity_of(user.id)
    assert identity is not None
    tasks.delete_task(identity=identity, task_id=task.id)
    trash.purge(identity=identity, item=trash.parse_item_id(f"task-{task.id}"))
    from taskforge.tasks.models import Task

    assert db.session.execute(select(Task.id).where(Task.id == task.id)).first() is None
    with pytest.raises(NotFound):
        trash.restore_task(identity=identity, task_id=task.id)


def test_a_notification_about_a_task_in_the_trash_links_nowhere_and_is_never_sent(
    client, auth, other_auth, other_user
):
    project = make_project(client, auth)
    shared = client.post(
        f"/api/projects/{project['id']}/members",
        json={"username": other_user.username, "role": "editor"},
        headers=auth,
    )
    assert shared.status_code == 201
    task = make(client, auth, project_id=project["id"], assignee_ids=[other_user.id])

    def assigned() -> dict:
        items = client.get("/api/notifications", headers=other_auth).get_json()["items"]
        (notice,) = [n for n in items if n["kind"] == "assigned"]
        return notice

    assert assigned()["task_id"] == task["id"]
    notice = db.session.get(Notification, assigned()["id"])
    assert still_theirs(notice)
    delete(client, auth, f"/api/tasks/{task['id']}")

    assert assigned()["task_id"] is None
    assert not still_theirs(notice)  # what push and email ask before sending
    assert client.post(f"/api/trash/task-{task['id']}/restore", headers=auth).status_code == 200
    assert assigned()["task_id"] == task["id"]
    assert still_theirs(notice)
