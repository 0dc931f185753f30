"""The reminder queue against the real PostgreSQL: what is due gets claimed once, delivered once per channel,
marked late when it is, and retried with backoff when the mail server refuses; an SMTP server on loopback
receives the emails."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from taskforge.extensions import db
from taskforge.notifications.models import Notification, NotificationSetting
from taskforge.outbox.leases import OutboxPolicy
from taskforge.push import queue as push_queue
from taskforge.push.models import PushSubscription
from taskforge.push.queue import Pushed
from taskforge.push.sender import PushSender
from taskforge.reminders.models import Reminder
from taskforge.tasks.models import Task
from taskforge.worker import metrics
from taskforge.worker.loop import Worker
from taskforge.worker.queue import Outcome, Policy, claim, count_due, deliver, release
from tests.push_server import PushService
from tests.smtp_server import PUBLIC_URL, SmtpServer, post_to


def policy(worker: str = "w1", *, attempts: int = 3) -> Policy:
    return Policy(
        worker_id=worker,
        lease=timedelta(seconds=60),
        late_after=timedelta(seconds=120),
        email_max_attempts=attempts,
    )


@pytest.fixture
def remind(user, task_factory):
    """Add a reminder, `ago` before now, to a new task of `user`."""

    def make(
        ago: timedelta = timedelta(seconds=5), *, title: str = "Pay the invoice", **task_fields
    ) -> Reminder:
        now = datetime.now(UTC)
        task = task_factory(user=user, title=title, due_date=now + timedelta(hours=1), **task_fields)
        reminder = Reminder(user_id=user.id, task_id=task.id, at=now - ago, fire_at=now - ago)
        db.session.add(reminder)
        db.session.commit()
        return reminder

    return make


def notifications(user) -> list[Notification]:
    return list(db.session.execute(select(Notification).where(Notification.user_id == user.id)).scalars())


def test_only_due_unsent_unclaimed_reminders_are_claimed_oldest_first(remind):
    newer, older = remind(timedelta(seconds=5)), remind(timedelta(minutes=5))
    remind(timedelta(minutes=-5))  # in the future

    assert claim(policy=policy("w1"), limit=10) == [older.id, newer.id]
    assert claim(policy=policy("w2"), limit=10) == []  # leased to w1
    db.session.execute(
        Reminder.__table__.update()
        .where(Reminder.id == older.id)
        .values(claimed_until=datetime.now(UTC) - timedelta(seconds=1))
    )
    db.session.commit()
    assert claim(policy=policy("w2"), limit=10) == [older.id]  # w1's lease ran out: anyone may take it


def test_claims_respect_the_batch_size_and_can_be_given_back(remind):
    for _ in range(3):
        remind()
    assert len(claim(policy=policy("w1"), limit=2)) == 2
    assert release(policy=policy("w1")) == 2
    assert len(claim(policy=policy("w2"), limit=5)) == 3


def test_delivery_writes_one_notification_and_marks_the_reminder_sent(remind, user):
    reminder = remind()
    (claimed,) = claim(policy=policy(), limit=10)

    first = deliver(claimed, policy=policy(), post=None)
    again = deliver(claimed, policy=policy(), post=None)

    assert first.outcome is Outcome.SENT
    assert first.late is False
    assert 5 <= first.lag_s < 60
    assert again.outcome is Outcome.SKIPPED
    (notification,) = notifications(user)
    assert (notification.kind, notification.title, notification.reminder_id) == (
        "reminder",
        "Pay the invoice",
        reminder.id,
    )
    db.session.refresh(reminder)
    assert reminder.sent_at is not None
    assert reminder.notified_at is not None
    assert reminder.claimed_by is None


def test_a_worker_without_the_claim_delivers_nothing(remind, user):
    remind()
    (claimed,) = claim(policy=policy("w1"), limit=10)
    assert deliver(claimed, policy=policy("w2"), post=None).outcome is Outcome.SKIPPED
    assert notifications(user) == []


def test_a_reminder_long_overdue_is_marked_late(remind):
    reminder = remind(timedelta(minutes=10))
    (claimed,) = claim(policy=policy(), limit=10)
    delivery = deliver(claimed, policy=policy(), post=None)
    assert delivery.late is True
    db.session.refresh(reminder)
    assert reminder.late is True


def test_a_task_completed_after_the_claim_is_not_reminded_of(client, auth, remind, user):
    reminder = remind()
    (claimed,) = claim(policy=policy(), limit=10)
    client.patch(f"/api/tasks/{reminder.task_id}", json={"completed": True}, headers=auth)
    assert deliver(claimed, policy=policy(), post=None).outcome is Outcome.SKIPPED
    assert notifications(user) == []


def test_delivery_retires_the_cached_task(remind, user):
    generation = user.cache_generation
    remind()
    (claimed,) = claim(policy=policy(), limit=10)
    deliver(claimed, policy=policy(), post=None)
    db.session.refresh(user)
    assert user.cache_generation > generation


def test_the_email_names_the_task_and_its_due_time_in_the_users_zone(remind, user):
    user.timezone = "Europe/Berlin"
    db.session.commit()
    reminder = remind(title="Pay <b>the</b> invoice", description="line one\nline two")
    with SmtpServer() as smtp, post_to(smtp.url, sender="TaskForge <reminders@example.org>") as post:
        (claimed,) = claim(policy=policy(), limit=10)
        assert deliver(claimed, policy=policy(), post=post).outcome is Outcome.SENT
    (message,) = smtp.sink.messages
    assert message["To"] == user.email
    assert message["Subject"] == "Reminder: Pay <b>the</b> invoice"
    assert (
        message["Message-ID"] == f"<reminder-{reminder.id}.{int(reminder.fire_at.timestamp())}@example.org>"
    )
    assert message["Auto-Submitted"] == "auto-generated"
    plain, html = (
        part.get_payload(decode=True).decode().replace("\r\n", "\n") for part in message.get_payload()
    )
    task = db.session.get(Task, reminder.task_id)
    due = task.due_date.astimezone(ZoneInfo("Europe/Berlin"))
    shown = f"{due:%A %d %B %Y, %H:%M} {due.tzname()} (Europe/Berlin)"
    assert plain.startswith(
        f"Reminder: Pay <b>the</b> invoice\nDue: {shown}\n\n> line one\n> line two\n\n"
        f"Open it: {PUBLIC_URL}/tasks/{task.id}\n"
    )
    assert "Pay &lt;b&gt;the&lt;/b&gt; invoice" in html
    assert f"Due: {shown}" in html
    assert "line one\nline two</blockquote>" in html
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Unsubscribe"].startswith(f"<{PUBLIC_URL}/api/email/unsubscribe?token=")
    db.session.refresh(reminder)
    assert reminder.emailed_at is not None


def test_a_title_cannot_inject_headers(remind):
    remind(title="Hello\r\nBcc: victim@example.org")
    with SmtpServer() as smtp, post_to(smtp.url) as post:
        (claimed,) = claim(policy=policy(), limit=10)
        deliver(claimed, policy=policy(), post=post)
    (message,) = smtp.sink.messages
    assert message["Bcc"] is None
    assert message["Subject"] == "Reminder: Hello Bcc: victim@example.org"


def test_a_refused_email_is_retried_with_backoff_and_the_notification_stands(remind, user):
    reminder = remind()
    with SmtpServer() as smtp, post_to(smtp.url) as post:
        smtp.sink.refuse = True
        (claimed,) = claim(policy=policy(attempts=2), limit=10)

        delivery = deliver(claimed, policy=policy(attempts=2), post=post)

        assert delivery.outcome is Outcome.RETRY
        assert len(notifications(user)) == 1
        db.session.refresh(reminder)
        assert (reminder.attempts, reminder.sent_at, reminder.claimed_by) == (1, None, None)
        assert reminder.claimed_until > datetime.now(UTC) + timedelta(seconds=20)
        assert "451" in reminder.last_error
        assert claim(policy=policy(), limit=10) == []  # backing off

        # The last attempt fails too: the reminder was delivered in the app, the email is given up.
        db.session.execute(
            Reminder.__table__.update().where(Reminder.id == reminder.id).values(claimed_until=None)
        )
        db.session.commit()
        (claimed,) = claim(policy=policy(attempts=2), limit=10)
        final = deliver(claimed, policy=policy(attempts=2), post=post)
    assert final.outcome is Outcome.SENT
    assert final.email_failed is True
    db.session.refresh(reminder)
    assert reminder.email_failed_at is not None
    assert reminder.sent_at is not None
    assert len(notifications(user)) == 1
    assert smtp.sink.messages == []


def test_an_unreachable_mail_server_is_a_retry(remind):
    remind()
    with post_to("smtp://127.0.0.1:9") as post:  # the discard port: closed
        (claimed,) = claim(policy=policy(), limit=10)
        assert deliver(claimed, policy=policy(), post=post).outcome is Outcome.RETRY


def test_the_worker_loop_delivers_everything_due_and_counts_it(app, remind, user):
    for _ in range(3):
        remind()
    remind(timedelta(minutes=-10))
    assert count_due() == 3
    sent_before = metrics.SENT._value.get()

    sent = Worker(app, app.config["TASKFORGE"], stop=threading.Event()).run(until_idle=True)

    assert sent == 3
    assert metrics.SENT._value.get() == sent_before + 3
    assert count_due() == 0
    assert len(notifications(user)) == 3
    unsent = select(func.count()).where(Reminder.user_id == user.id, Reminder.sent_at.is_(None))
    assert db.session.execute(unsent).scalar_one() == 1


def test_a_stopped_worker_gives_its_claims_back(app, remind):
    remind()
    stop = threading.Event()
    stop.set()
    worker = Worker(app, app.config["TASKFORGE"], stop=stop)
    claim(policy=worker.policy, limit=10)
    assert worker.run() == 0
    assert claim(policy=policy("other"), limit=10) != []


def test_users_see_their_own_notifications_only(remind, user, other_user):
    remind()
    (claimed,) = claim(policy=policy(), limit=10)
    deliver(claimed, policy=policy(), post=None)
    assert (
        db.session.execute(select(func.count()).where(Notification.user_id == other_user.id)).scalar_one()
        == 0
    )
    assert [n.title for n in notifications(user)] == ["Pay the invoice"]


def test_the_persons_settings_for_reminders_decide_the_channels(remind, user):
    """In-app off: kept out of the inbox; email off: no email; the reminder still counts as sent."""
    db.session.add(
        NotificationSetting(user_id=user.id, kind="reminder", in_app=False, email=False, push=True)
    )
    db.session.commit()
    remind()
    with SmtpServer() as smtp, post_to(smtp.url) as post:
        (claimed,) = claim(policy=policy(), limit=10)
        assert deliver(claimed, policy=policy(), post=post).outcome is Outcome.SENT
    assert smtp.sink.messages == []
    (notice,) = notifications(user)
    assert (notice.kind, notice.shown, notice.project_id is not None) == ("reminder", False, True)


def test_a_reminder_is_pushed_to_every_browser_of_its_person(app, remind, user):
    with PushService() as push:
        browsers = [push.browser(), push.browser()]
        for browser in browsers:
            keys = browser.subscription()["keys"]
            db.session.add(
                PushSubscription(
                    user_id=user.id, endpoint=browser.endpoint, p256dh=keys["p256dh"], auth=keys["auth"]
                )
            )
        db.session.commit()
        reminder = remind(title="Call the bank")
        (claimed,) = claim(policy=policy(), limit=10)
        assert deliver(claimed, policy=policy(), post=None).outcome is Outcome.SENT
        settings = app.config["TASKFORGE"]
        pusher = PushSender(settings.vapid_private_key, subject="mailto:ops@example.org", timeout_s=5)
        push_policy = OutboxPolicy(claim=policy(), max_attempts=3)
        pushed = [
            push_queue.deliver(i, policy=push_policy, sender=pusher)
            for i in push_queue.claim(policy=push_policy, limit=10)
        ]
        assert pushed == [Pushed.SENT, Pushed.SENT]
        for browser in browsers:
            (message,) = push.messages(browser)
            payload = push.decrypt(message)
            assert (payload["kind"], payload["title"], payload["body"]) == (
                "reminder",
                "Reminder",
                "Call the bank",
            )
            assert payload["url"] == f"/tasks/{reminder.task_id}"
