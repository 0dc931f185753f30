"""The unit of work: what a committed write does, and that nothing else commits what a write recorded."""

from __future__ import annotations

import pytest
from flask_sqlalchemy.session import Session as FlaskSession
from sqlalchemy import event, select

from taskforge import unit_of_work
from taskforge.audit.models import AuditEvent
from taskforge.auth.models import User
from taskforge.changes.models import Change
from taskforge.extensions import db
from taskforge.idempotency.models import IdempotencyKey
from taskforge.idempotency.service import Claim
from taskforge.projects.models import Project
from tests.factories import inbox_of


def _counters(project_id: int) -> tuple[int, int]:
    row = db.session.execute(
        select(Project.generation, Project.change_seq).where(Project.id == project_id)
    ).one()
    return int(row[0]), int(row[1])


def _generation(user_id: int) -> int:
    return int(db.session.execute(select(User.cache_generation).where(User.id == user_id)).scalar_one())


def _task_change(project_id: int, task_id: int, action: str = "update", **more: object) -> None:
    unit_of_work.record_change(project_id=project_id, kind="task", entity_id=task_id, action=action, **more)


def test_the_hooks_are_installed_once_by_create_app(app):
    for name, hook in unit_of_work._HOOKS:
        assert event.contains(FlaskSession, name, hook)
    unit_of_work.register_unit_of_work(app)  # a second app in the same process adds nothing
    unit_of_work.register_unit_of_work(app)
    assert all(event.contains(FlaskSession, name, hook) for name, hook in unit_of_work._HOOKS)


def test_a_plain_commit_of_recorded_changes_is_refused(app, user, task_factory):
    task = task_factory(user=user)
    _task_change(task.project_id, task.id, actor_id=user.id, audit={})
    with pytest.raises(RuntimeError, match=r"unit_of_work\.commit"):
        db.session.commit()
    db.session.rollback()


def test_a_rollback_drops_what_was_recorded(app, user, task_factory):
    task = task_factory(user=user)
    db.session.commit()
    before, generation = _counters(task.project_id), _generation(user.id)
    _task_change(task.project_id, task.id, actor_id=user.id, audit={"title": ["a", "b"]})
    unit_of_work.touch_user(user.id)
    db.session.rollback()
    unit_of_work.commit()  # nothing left to do
    assert (_counters(task.project_id), _generation(user.id)) == (before, generation)
    assert db.session.execute(select(AuditEvent).where(AuditEvent.task_id == task.id)).first() is None


def test_the_audience_is_the_changed_tasks_project_not_the_caller(app, user, other_user, task_factory):
    """A change to a task in another person's project numbers it in that project's stream and retires that
    project's cached pages (every member's); the caller's own counters do not move."""
    theirs = task_factory(user=other_user)
    db.session.commit()
    mine, before, generation = inbox_of(user), _counters(theirs.project_id), _generation(user.id)
    _task_change(theirs.project_id, theirs.id, actor_id=user.id, audit={"title": ["a", "b"]})
    unit_of_work.commit()
    assert _counters(theirs.project_id) == (before[0] + 1, before[1] + 1)
    assert _counters(mine)[1] == 0
    assert _generation(user.id) == generation
    change = db.session.execute(select(Change).where(Change.project_id == theirs.project_id)).scalar_one()
    assert (change.seq, change.entity_id, change.action, change.actor_id) == (1, theirs.id, "update", user.id)
    audit = db.session.execute(select(AuditEvent).where(AuditEvent.task_id == theirs.id)).scalar_one()
    assert (audit.user_id, audit.project_id, audit.changes) == (
        user.id,
        theirs.project_id,
        {"title": ["a", "b"]},
    )


def test_changes_of_one_transaction_are_numbered_in_order_without_gaps(app, user, task_factory):
    first, second = task_factory(user=user), task_factory(user=user)
    db.session.commit()
    project = first.project_id
    for task, action in ((first, "create"), (second, "update"), (first, "delete")):
        _task_change(project, task.id, action, actor_id=user.id)
    unit_of_work.commit()
    rows = db.session.execute(
        select(Change.seq, Change.entity_id, Change.action)
        .where(Change.project_id == project)
        .order_by(Change.seq)
    ).all()
    assert [tuple(row) for row in rows] == [
        (1, first.id, "create"),
        (2, second.id, "update"),
        (3, first.id, "delete"),
    ]


def test_touching_people_retires_their_own_pages_only(app, user, other_user):
    mine, theirs = _generation(user.id), _generation(other_user.id)
    unit_of_work.touch_user(user.id)
    unit_of_work.commit()
    assert (_generation(user.id), _generation(other_user.id)) == (mine + 1, theirs)


def test_the_idempotency_key_is_written_with_the_write_and_only_then(app, user):
    claim = Claim(user_id=user.id, key="k-1", fingerprint="f" * 64)
    unit_of_work.expect_claim(claim)
    db.session.commit()  # a read ending its transaction writes no key
    assert not unit_of_work.claim_written()
    unit_of_work.touch_user(user.id)
    db.session.rollback()  # a write that rolls back writes none either
    assert db.session.get(IdempotencyKey, (user.id, "k-1")) is None
    unit_of_work.touch_user(user.id)
    unit_of_work.commit()
    assert unit_of_work.claim_written()
    assert db.session.get(IdempotencyKey, (user.id, "k-1")) is not None
    assert unit_of_work.forget_claim() is True
    assert unit_of_work.claim_written() is False


def test_a_flush_marks_the_transaction_as_written_until_it_ends(app, user):
    assert unit_of_work.wrote_uncommitted()  # the factory flushed the user
    db.session.commit()
    assert not unit_of_work.wrote_uncommitted()
    db.session.get(User, user.id).timezone = "Europe/Berlin"
    db.session.flush()
    assert unit_of_work.wrote_uncommitted()
    db.session.rollback()
    assert not unit_of_work.wrote_uncommitted()
