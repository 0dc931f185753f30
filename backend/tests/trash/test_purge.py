"""The worker's purge of the trash: what stayed longer than TRASH_RETENTION_DAYS goes for good, in bounded
batches, exactly once even with two workers at it; what is younger, live, or being restored stays."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select, update

from taskforge.access.identity import identity_of
from taskforge.auth.models import User
from taskforge.comments.models import Comment
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.projects.service import create_inbox
from taskforge.tasks import service as tasks
from taskforge.tasks.models import Task
from taskforge.trash.purge import purge_expired
from taskforge.worker import metrics
from taskforge.worker.loop import Worker
from tests.outbox_drain import race_two_workers

RETENTION = timedelta(days=30)
LONG_AGO = datetime.now(UTC) - timedelta(days=31)


def _age(*task_ids: int, when: datetime = LONG_AGO) -> None:
    db.session.execute(update(Task).where(Task.id.in_(task_ids)).values(deleted_at=when))
    db.session.commit()


def _exists(task_id: int) -> bool:
    return db.session.execute(select(Task.id).where(Task.id == task_id)).first() is not None


def test_only_what_stayed_past_the_retention_is_purged_with_everything_below_it(user, task_factory):
    identity = identity_of(user.id)
    assert identity is not None
    old, young, live = (task_factory(user=user) for _ in range(3))
    child = task_factory(user=user, parent_id=old.id, project_id=old.project_id)
    db.session.add(Comment(task_id=child.id, author_id=user.id, text="bye"))
    db.session.commit()
    for task in (old, young):
        tasks.delete_task(identity=identity, task_id=task.id)
    _age(old.id, child.id)

    assert purge_expired(retention=RETENTION, limit=10) == {"task": 1, "project": 0}

    assert not _exists(old.id)
    assert not _exists(child.id)
    assert _exists(young.id)
    assert _exists(live.id)
    comments = db.session.execute(select(func.count()).where(Comment.task_id == child.id)).scalar_one()
    assert comments == 0
    assert purge_expired(retention=RETENTION, limit=10) == {"task": 0, "project": 0}


def test_an_expired_project_is_purged_with_its_tasks(client, auth, user, task_factory):
    project = client.post("/api/projects", json={"name": "Old"}, headers=auth).get_json()
    task = task_factory(user=user, project=db.session.get(Project, project["id"]))
    assert client.delete(f"/api/projects/{project['id']}", headers=auth).status_code == 204
    db.session.execute(update(Project).where(Project.id == project["id"]).values(deleted_at=LONG_AGO))
    db.session.commit()

    assert purge_expired(retention=RETENTION, limit=10) == {"task": 0, "project": 1}

    assert db.session.execute(select(Project.id).where(Project.id == project["id"])).first() is None
    assert not _exists(task.id)


def test_batches_are_bounded(user, task_factory):
    identity = identity_of(user.id)
    assert identity is not None
    made = [task_factory(user=user) for _ in range(5)]
    for task in made:
        tasks.delete_task(identity=identity, task_id=task.id)
    _age(*(task.id for task in made))
    assert purge_expired(retention=RETENTION, limit=2)["task"] == 2
    assert purge_expired(retention=RETENTION, limit=2)["task"] == 2
    assert purge_expired(retention=RETENTION, limit=2)["task"] == 1


def test_the_worker_purges_and_counts(app, user, task_factory):
    identity = identity_of(user.id)
    assert identity is not None
    task = task_factory(user=user)
    tasks.delete_task(identity=identity, task_id=task.id)
    _age(task.id)
    counted = metrics.PURGED.labels("task")._value.get()

    Worker(app, app.config["TASKFORGE"], stop=threading.Event()).run(until_idle=True)

    assert not _exists(task.id)
    assert metrics.PURGED.labels("task")._value.get() == counted + 1


def _committed_trash(app, count: int) -> tuple[int, list[int]]:
    with app.app_context():
        user = User(
            username=f"purge{datetime.now(UTC).timestamp():.0f}", email="p@example.com", password_hash="x"
        )
        db.session.add(user)
        db.session.flush()
        inbox = create_inbox(user.id)
        made = [Task(user_id=user.id, project_id=inbox.id, title=f"t{n}") for n in range(count)]
        db.session.add_all(made)
        db.session.flush()
        ids = [task.id for task in made]
        db.session.execute(
            update(Task)
            .where(Task.id.in_(ids))
            .values(deleted_at=LONG_AGO, deleted_by_id=user.id, trashed_with_id=Task.id)
        )
        db.session.commit()
        return user.id, ids


def test_two_workers_purge_each_item_exactly_once_and_never_wait_on_each_other(base_app):
    user_id, ids = _committed_trash(base_app, 40)

    def drain(_worker: str) -> list[int]:
        purged: list[int] = []
        with base_app.app_context():
            while count := purge_expired(retention=RETENTION, limit=3)["task"]:
                purged.append(count)
            db.session.remove()
        return purged

    try:
        outcomes = race_two_workers(drain)
        assert sum(outcomes) == len(ids)
        with base_app.app_context():
            left = db.session.execute(select(func.count()).where(Task.id.in_(ids))).scalar_one()
            assert left == 0
    finally:
        with base_app.app_context():
            db.session.execute(delete(User).where(User.id == user_id))
            db.session.commit()
