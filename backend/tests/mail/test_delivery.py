"""Emailing notifications through an SMTP server on loopback, with real commits: each email has a plain-text
and an HTML part saying who did what, a link to it and a one-click unsubscribe; exactly one email per
notification with two workers racing; refusals retried with backoff; the person's settings and access
respected; nothing queued while the server has no SMTP."""

from __future__ import annotations

from contextlib import closing
from dataclasses import replace
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from taskforge.extensions import db
from taskforge.mail import queue as mail_queue
from taskforge.mail.models import EmailDelivery
from taskforge.mail.post import Post
from taskforge.mail.queue import Emailed
from taskforge.notifications.models import Notification
from tests.access.test_races import share
from tests.outbox_drain import drain_outbox, race_two_workers
from tests.smtp_server import PUBLIC_URL, SmtpServer


def drain(app: Flask, smtp: SmtpServer, worker: str = "w1", *, attempts: int = 3) -> list[Emailed]:
    """Send everything due, as one worker would; return the outcomes."""
    post = Post.from_settings(replace(app.config["TASKFORGE"], smtp_from="TaskForge <tf@example.org>"))
    assert post is not None
    with closing(post.mailer):
        return drain_outbox(app, mail_queue, worker=worker, attempts=attempts, post=post)


@pytest.fixture
def smtp(base_app, monkeypatch):
    """A mail server on loopback, and the app set up to send email through it."""
    with SmtpServer() as server:
        settings = replace(base_app.config["TASKFORGE"], smtp_url=server.url, public_url=PUBLIC_URL)
        monkeypatch.setitem(base_app.config, "TASKFORGE", settings)
        yield server


@pytest.fixture
def pair(base_app, committed_owner, smtp):
    """Ada's project shared with Bob; the email telling Bob so is sent and set aside."""
    ada, bob = committed_owner(base_app), committed_owner(base_app)
    project = share(base_app, ada, bob)
    assert drain(base_app, smtp) == [Emailed.SENT]
    (shared,) = smtp.sink.messages
    assert shared["Subject"] == f"{username(base_app, ada)} shared a project with you: Shared"
    assert f"Open it: {PUBLIC_URL}/projects/{project}" in parts(shared)[0]
    smtp.sink.messages.clear()
    return ada, bob, project


def assign(app, ada, bob, project, title="Plan"):
    body = {"title": title, "project_id": project, "assignee_ids": [bob.user_id]}
    response = app.test_client().post("/api/tasks", json=body, headers=ada.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def deliveries_of(owner):
    return select(EmailDelivery).join(Notification).where(Notification.user_id == owner.user_id)


def parts(message) -> tuple[str, str]:
    plain, html = (part.get_payload(decode=True).decode() for part in message.get_payload())
    return plain.replace("\r\n", "\n"), html


def username(app, owner) -> str:
    return app.test_client().get("/api/auth/me", headers=owner.headers).get_json()["username"]


def test_being_assigned_a_task_is_emailed_with_a_link_and_one_click_unsubscribe(base_app, pair, smtp):
    ada, bob, project = pair
    task = assign(base_app, ada, bob, project, title="Fix <the> roof")
    assert drain(base_app, smtp) == [Emailed.SENT]
    (message,) = smtp.sink.messages
    assert message["To"] == f"{username(base_app, bob)}@example.com"
    assert message["Subject"] == f"{username(base_app, ada)} assigned you: Fix <the> roof"
    assert message["Message-ID"].startswith("<notification-")
    assert message["Message-ID"].endswith("@example.org>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    stop = message["List-Unsubscribe"].strip("<>")
    assert stop.startswith(f"{PUBLIC_URL}/api/email/unsubscribe?token=")
    plain, html = parts(message)
    assert f"Open it: {PUBLIC_URL}/tasks/{task['id']}" in plain
    assert f"Stop these emails: {stop}" in plain
    assert "Fix &lt;the&gt; roof" in html
    assert "<the>" not in html
    assert f'href="{PUBLIC_URL}/tasks/{task["id"]}"' in html
    assert drain(base_app, smtp) == []  # sent once

    # The link turns assignment emails off, and nothing else.
    client = base_app.test_client()
    assert (
        client.post(stop.removeprefix(PUBLIC_URL), data={"List-Unsubscribe": "One-Click"}).status_code == 200
    )
    settings = client.get("/api/auth/me/notification-settings", headers=bob.headers).get_json()
    assert settings["assigned"] == {"in_app": True, "email": False, "push": True}
    assert settings["mentioned"]["email"] is True
    assign(base_app, ada, bob, project, title="Another")
    assert drain(base_app, smtp) == []


def test_a_mention_quotes_the_comment(base_app, pair, smtp):
    ada, bob, project = pair
    task = assign(base_app, ada, bob, project)
    drain(base_app, smtp)
    text = f"@{username(base_app, bob)} can you look?\n<script>alert(1)</script>"
    client = base_app.test_client()
    posted = client.post(f"/api/tasks/{task['id']}/comments", json={"text": text}, headers=ada.headers)
    assert posted.status_code == 201
    assert drain(base_app, smtp) == [Emailed.SENT]  # mentioned, not also "commented"
    message = smtp.sink.messages[-1]
    assert message["Subject"] == f"{username(base_app, ada)} mentioned you: Plan"
    plain, html = parts(message)
    assert f"Open it: {PUBLIC_URL}/tasks/{task['id']}?tab=comments" in plain
    assert f"> @{username(base_app, bob)} can you look?\n> <script>alert(1)</script>\n" in plain
    assert "&lt;script&gt;" in html
    assert "<script>" not in html


def test_two_workers_racing_send_each_email_once(base_app, pair, smtp):
    ada, bob, project = pair
    for index in range(15):
        assign(base_app, ada, bob, project, title=f"task {index}")
    outcomes = race_two_workers(lambda worker: drain(base_app, smtp, worker))
    assert outcomes.count(Emailed.SENT) == 15
    subjects = sorted(message["Subject"].rpartition(": ")[2] for message in smtp.sink.messages)
    assert subjects == sorted(f"task {index}" for index in range(15))
    assert len(set(smtp.sink.message_ids())) == 15


def test_a_refusing_mail_server_is_retried_with_backoff_then_given_up(base_app, pair, smtp):
    ada, bob, project = pair
    smtp.sink.refuse = True
    assign(base_app, ada, bob, project)
    assert drain(base_app, smtp, attempts=2) == [Emailed.RETRY]
    with base_app.app_context():
        pending = deliveries_of(bob).where(EmailDelivery.delivered_at.is_(None))
        (delivery,) = db.session.execute(pending).scalars()
        assert (delivery.attempts, delivery.delivered_at) == (1, None)
        assert "451" in delivery.last_error
        delivery.next_attempt_at -= timedelta(minutes=5)  # its backoff has passed
        db.session.commit()
        db.session.remove()
    assert drain(base_app, smtp, attempts=2) == [Emailed.FAILED]
    assert drain(base_app, smtp, attempts=2) == []
    assert smtp.sink.messages == []


def test_nothing_is_emailed_about_a_project_its_person_has_left(base_app, pair, smtp):
    ada, bob, project = pair
    assign(base_app, ada, bob, project)
    client = base_app.test_client()
    assert (
        client.delete(f"/api/projects/{project}/members/{bob.user_id}", headers=ada.headers).status_code
        == 204
    )
    assert drain(base_app, smtp) == [Emailed.SKIPPED]
    assert smtp.sink.messages == []


def test_email_turned_off_after_it_was_queued_is_not_sent(base_app, pair, smtp):
    ada, bob, project = pair
    assign(base_app, ada, bob, project)
    client = base_app.test_client()
    off = client.patch(
        "/api/auth/me/notification-settings", json={"assigned": {"email": False}}, headers=bob.headers
    )
    assert off.status_code == 200
    assert drain(base_app, smtp) == [Emailed.SKIPPED]
    assert smtp.sink.messages == []


def test_no_email_is_queued_while_the_server_has_no_smtp(base_app, committed_owner, monkeypatch):
    settings = replace(base_app.config["TASKFORGE"], smtp_url=None)
    monkeypatch.setitem(base_app.config, "TASKFORGE", settings)
    ada, bob = committed_owner(base_app), committed_owner(base_app)
    assign(base_app, ada, bob, share(base_app, ada, bob))
    with base_app.app_context():
        assert db.session.execute(deliveries_of(bob)).all() == []
        db.session.remove()
