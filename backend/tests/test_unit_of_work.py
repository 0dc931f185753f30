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


def _counters(user_id: int) -> tuple[int, int]:
    row = db.session.execute(select(User.cache_generation, User.change_seq).where(User.id == user_id)).one()
    return int(row[0]), int(row[1])


def test_the_hooks_are_installed_once_by_create_app(app):
    for name, hook in unit_of_work._HOOKS:
        assert event.contains(FlaskSession, name, hook)
    unit_of_work.register_unit_of_work(app)  # a second app in the same process adds nothing
    unit_of_work.register_unit_of_work(app)
    assert all(event.contains(FlaskSession, name, hook) for name, hook in unit_of_work._HOOKS)


def test_a_plain_commit_of_recorded_changes_is_refused(app, user, task_factory):
    task = task_factory(user=user)
    unit_of_work.record_change(stream=user.id, task_id=task.id, action="update", audit={}, actor_id=None)
    with pytest.raises(RuntimeError, match=r"unit_of_work\.commit"):
        db.session.commit()
    db.session.rollback()


def test_a_rollback_drops_what_was_recorded(app, user, task_factory):
    task = task_factory(user=user)
    db.session.commit()
    before = _counters(user.id)
    unit_of_work.record_change(
        stream=user.id, task_id=task.id, action="update", audit={"title": ["a", "b"]}, actor_id=None
    )
    unit_of_work.touch_user(user.id)
    db.session.rollback()
    unit_of_work.commit()  # nothing left to do
    assert _counters(user.id) == before
    assert db.session.execute(select(AuditEvent).where(AuditEvent.task_id == task.id)).first() is None


def test_the_audience_is_the_changed_tasks_stream_not_the_caller(app, user, other_user, task_factory):
    """A change to another stream's task numbers it in that stream and retires that stream's cache."""
    theirs = task_factory(user=other_user)
    db.session.commit()
    mine_before, theirs_before = _counters(user.id), _counters(other_user.id)
    unit_of_work.record_change(
        stream=other_user.id,
        task_id=theirs.id,
        action="update",
        audit={"title": ["a", "b"]},
        actor_id=user.id,
    )
    unit_of_work.commit()
    assert _counters(user.id) == mine_before
    assert _counters(other_user.id) == (theirs_before[0] + 1, theirs_before[1] + 1)
    change = db.session.execute(select(Change).where(Change.user_id == other_user.id)).scalar_one()
    assert (change.seq, change.task_id, change.action) == (theirs_before[1] + 1, theirs.id, "update")
    audit = db.session.execute(select(AuditEvent).where(AuditEvent.task_id == theirs.id)).scalar_one()
    assert (audit.user_id, audit.changes) == (user.id, {"title": ["a", "b"]})


def test_changes_of_one_transaction_are_numbered_in_order_without_gaps(app, user, task_factory):
    first, second = task_factory(user=user), task_factory(user=user)
    db.session.commit()
    _, seq = _counters(user.id)
    for task, action in ((first, "create"), (second, "update"), (first, "delete")):
        unit_of_work.record_change(stream=user.id, task_id=task.id, action=action, audit=None, actor_id=None)
    unit_of_work.commit()
    rows = db.session.execute(
        select(Change.seq, Change.task_id, Change.action)
        .where(Change.user_id == user.id)
        .order_by(Change.seq)
    ).all()
    assert [tuple(row) for row in rows] == [
        (seq + 1, first.id, "create"),
        (seq + 2, second.id, "update"),
        (seq + 3, first.id, "delete"),
    ]


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
