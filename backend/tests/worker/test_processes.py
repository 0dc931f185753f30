"""Real `flask worker` processes on their own PostgreSQL database, mailing a real SMTP server on loopback.

Two workers deliver 1,000 reminders exactly once; a worker SIGKILLed mid-batch loses nothing and doubles
nothing; reminders that came due while no worker ran are delivered late; SIGTERM stops a worker cleanly.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from taskforge import create_app
from taskforge.auth.models import User
from taskforge.extensions import db
from taskforge.notifications.models import Notification
from taskforge.projects.service import create_inbox
from taskforge.reminders.models import Reminder
from taskforge.tasks.models import Task
from tests.conftest import drop_database, migrate_to_head, recreate_database, test_settings
from tests.live_server import BACKEND, BIN
from tests.smtp_server import SmtpServer

pytestmark = pytest.mark.slow
REMINDERS = 1_000


@pytest.fixture
def database(database_url: str, tmp_path: Path) -> Iterator[tuple[object, str]]:
    """A database of its own, migrated: the workers deliver every due reminder they find."""
    url = recreate_database(database_url.rsplit("/", 1)[0] + f"/taskforge_workers_{os.getpid()}")
    app = create_app(test_settings(url, tmp_path))
    migrate_to_head(app)
    yield app, url
    with app.app_context():
        db.engine.dispose()
    drop_database(url)


def seed(app, *, count: int, ago: timedelta) -> None:
    """`count` reminders, due `ago` before now, on tasks of 10 reminders each, for 5 users."""
    now = datetime.now(UTC)
    with app.app_context():
        users = [
            User(
                username=f"u{i}",
                email=f"u{i}@example.org",
                password_hash="unused",
                timezone="Europe/Berlin",
                email_verified_at=now,  # reminders are emailed to verified addresses only
            )
            for i in range(5)
        ]
        db.session.add_all(users)
        db.session.flush()
        inboxes = [create_inbox(user.id).id for user in users]
        tasks = [
            Task(
                user_id=users[i % 5].id,
                project_id=inboxes[i % 5],
                title=f"task {i}",
                due_date=now + timedelta(hours=1),
            )
            for i in range(count // 10)
        ]
        db.session.add_all(tasks)
        db.session.flush()
        db.session.execute(
            insert(Reminder),
            [
                {
                    "user_id": task.user_id,
                    "task_id": task.id,
                    "at": now - ago - timedelta(seconds=n),
                    "fire_at": now - ago - timedelta(seconds=n),
                    "created_at": now,
                }
                for task in tasks
                for n in range(10)
            ],
        )
        db.session.commit()


def start_worker(url: str, smtp: SmtpServer, instance: Path, **env: str) -> subprocess.Popen[bytes]:
    environment = {
        **{k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "SECRET_KEY", "JWT_SECRET_KEY"}},
        "DATABASE_URL": url,
        "TASKFORGE_INSTANCE_PATH": str(instance),
        "SMTP_URL": smtp.url,
        "SMTP_FROM": "TaskForge <reminders@example.org>",
        "WORKER_POLL_SECONDS": "0.1",
        "WORKER_BATCH_SIZE": "20",
        "LOG_LEVEL": "WARNING",
        **env,
    }
    return subprocess.Popen(
        [BIN / "flask", "--app", "wsgi", "worker"],
        cwd=BACKEND,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def count(app, *conditions) -> int:
    with app.app_context():
        value = db.session.execute(select(func.count()).select_from(Reminder).where(*conditions)).scalar_one()
        db.session.remove()
        return int(value)


def wait_for(check: Callable[[], bool], *, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def stop(process: subprocess.Popen[bytes]) -> str:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    return stderr.decode()


def assert_each_delivered_once(app, smtp: SmtpServer) -> None:
    with app.app_context():
        notified = db.session.execute(
            select(func.count(), func.count(Notification.reminder_id.distinct()))
        ).one()
        db.session.remove()
    assert tuple(notified) == (REMINDERS, REMINDERS)
    ids = Counter(smtp.sink.message_ids())
    assert len(ids) == REMINDERS
    assert count(app, Reminder.sent_at.is_(None)) == 0
    return ids


def test_two_workers_deliver_each_reminder_exactly_once(database, tmp_path):
    app, url = database
    seed(app, count=REMINDERS, ago=timedelta(seconds=1))
    with SmtpServer() as smtp:
        workers = [start_worker(url, smtp, tmp_path) for _ in range(2)]
        try:
            wait_for(lambda: count(app, Reminder.sent_at.is_(None)) == 0)
        finally:
            outputs = [stop(worker) for worker in workers]
    ids = assert_each_delivered_once(app, smtp)
    assert max(ids.values()) == 1, [mid for mid, n in ids.items() if n > 1]
    assert [worker.returncode for worker in workers] == [0, 0], outputs
    # Both did part of the work: neither waited for the other's locks.
    assert all("delivered 0 reminders" not in output for output in outputs), outputs


def test_a_worker_killed_mid_batch_loses_and_doubles_nothing(database, tmp_path):
    app, url = database
    seed(app, count=REMINDERS, ago=timedelta(seconds=1))
    with SmtpServer() as smtp:
        doomed = start_worker(url, smtp, tmp_path, WORKER_LEASE_SECONDS="2")
        # Killed mid-batch, while it holds claims it has not delivered (on a busy machine a check on progress
        # alone could land between two batches, when the worker holds nothing).
        wait_for(
            lambda: (
                count(app, Reminder.sent_at.is_not(None)) >= 100
                and count(app, Reminder.claimed_by.is_not(None), Reminder.sent_at.is_(None)) > 0
            )
        )
        doomed.send_signal(signal.SIGKILL)  # it holds claims it will never deliver
        doomed.communicate(timeout=10)
        assert count(app, Reminder.claimed_by.is_not(None), Reminder.sent_at.is_(None)) > 0
        survivor = start_worker(url, smtp, tmp_path)
        try:
            wait_for(lambda: count(app, Reminder.sent_at.is_(None)) == 0)
        finally:
            stop(survivor)
    ids = assert_each_delivered_once(app, smtp)
    # Only an email the server accepted in the instant before the kill, not yet recorded, can go out twice;
    # it carries the same Message-ID, so mail clients show it once.
    assert sum(ids.values()) - REMINDERS <= 1


def test_reminders_that_came_due_while_no_worker_ran_are_delivered_late(database, tmp_path):
    app, url = database
    seed(app, count=100, ago=timedelta(minutes=30))
    with SmtpServer() as smtp:
        worker = start_worker(url, smtp, tmp_path)
        try:
            wait_for(lambda: count(app, Reminder.sent_at.is_(None)) == 0)
        finally:
            stop(worker)
    assert count(app, Reminder.late.is_(True)) == 100
    assert len(smtp.sink.messages) == 100


def test_sigterm_finishes_the_reminder_in_hand_and_gives_the_rest_back(database, tmp_path):
    app, url = database
    seed(app, count=REMINDERS, ago=timedelta(seconds=1))
    with SmtpServer() as smtp:
        worker = start_worker(url, smtp, tmp_path, WORKER_LEASE_SECONDS="600")
        wait_for(lambda: count(app, Reminder.sent_at.is_not(None)) >= 20)
        output = stop(worker)
    assert worker.returncode == 0, output
    assert "SIGTERM" in output
    # Nothing is left claimed (with a 10-minute lease, a claim left behind would hold its reminder that long).
    assert count(app, Reminder.claimed_by.is_not(None)) == 0
    assert count(app, Reminder.sent_at.is_not(None)) == len(smtp.sink.messages)
