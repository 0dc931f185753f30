"""Delivering notifications by Web Push against a push service on loopback, with real commits: the message
decrypts with the browser's keys and carries a valid VAPID signature; exactly one delivery per notification
and browser with two workers racing; expired subscriptions removed; failures retried with backoff; the
person's settings respected."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from taskforge.extensions import db
from taskforge.push import queue as push_queue
from taskforge.push.keys import public_key_of
from taskforge.push.models import PushDelivery, PushSubscription
from taskforge.push.queue import Pushed
from taskforge.push.sender import PushSender
from tests.access.test_races import share
from tests.outbox_drain import drain_outbox, race_two_workers
from tests.push_server import PushService


def sender(app: Flask) -> PushSender:
    settings = app.config["TASKFORGE"]
    return PushSender(settings.vapid_private_key, subject="mailto:ops@example.org", timeout_s=5)


def drain(app: Flask, worker: str = "w1", *, attempts: int = 3) -> list[Pushed]:
    """Deliver everything due, as one worker would; return the outcomes."""
    return drain_outbox(app, push_queue, worker=worker, attempts=attempts, sender=sender(app))


@pytest.fixture
def pair(base_app, committed_owner):
    """Ada's project shared with Bob, who subscribed a browser to a push service on loopback."""
    ada, bob = committed_owner(base_app), committed_owner(base_app)
    project = share(base_app, ada, bob)
    with PushService() as push:
        browser = push.browser()
        client = base_app.test_client()
        assert (
            client.post(
                "/api/push/subscriptions", json=browser.subscription(), headers=bob.headers
            ).status_code
            == 201
        )
        yield ada, bob, project, push, browser


def assign(app, ada, bob, project, title="Plan"):
    body = {"title": title, "project_id": project, "assignee_ids": [bob.user_id]}
    response = app.test_client().post("/api/tasks", json=body, headers=ada.headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_a_notification_arrives_encrypted_for_the_browser_and_signed(base_app, pair):
    ada, bob, project, push, browser = pair
    task = assign(base_app, ada, bob, project)
    assert drain(base_app) == [Pushed.SENT]
    (message,) = push.messages(browser)
    payload = push.decrypt(message)
    assert payload["kind"] == "assigned"
    assert (payload["body"], payload["url"], payload["task_id"]) == (
        "Plan",
        f"/tasks/{task['id']}",
        task["id"],
    )
    assert payload["title"].endswith("assigned you")
    public = public_key_of(base_app.config["TASKFORGE"].vapid_private_key)
    claims = push.vapid_claims(message, public)
    assert claims["sub"] == "mailto:ops@example.org"
    assert message.headers["ttl"] == str(24 * 3600)
    assert message.headers["topic"] == f"n{payload['id']}"
    assert drain(base_app) == []  # delivered once


def test_two_workers_racing_deliver_each_notification_once(base_app, pair):
    ada, bob, project, push, browser = pair
    second = push.browser()
    client = base_app.test_client()
    assert (
        client.post("/api/push/subscriptions", json=second.subscription(), headers=bob.headers).status_code
        == 201
    )
    for index in range(15):
        assign(base_app, ada, bob, project, title=f"task {index}")
    outcomes = race_two_workers(lambda worker: drain(base_app, worker))
    assert outcomes.count(Pushed.SENT) == 30
    for made in (browser, second):
        titles = sorted(push.decrypt(message)["body"] for message in push.messages(made))
        assert titles == sorted(f"task {index}" for index in range(15))  # each exactly once


def test_a_subscription_the_push_service_dropped_is_removed(base_app, pair):
    ada, bob, project, push, browser = pair
    push.status[browser.endpoint.removeprefix(push.url)] = 410
    assign(base_app, ada, bob, project)
    assert drain(base_app) == [Pushed.GONE]
    with base_app.app_context():
        assert (
            db.session.execute(
                select(func.count())
                .select_from(PushSubscription)
                .where(PushSubscription.user_id == bob.user_id)
            ).scalar_one()
            == 0
        )
        db.session.remove()


def test_a_failing_push_service_is_retried_with_backoff_then_given_up(base_app, pair):
    ada, bob, project, push, browser = pair
    path = browser.endpoint.removeprefix(push.url)
    push.status[path] = 503
    assign(base_app, ada, bob, project)
    assert drain(base_app, attempts=2) == [Pushed.RETRY]
    with base_app.app_context():
        (delivery,) = db.session.execute(
            select(PushDelivery).join(PushSubscription).where(PushSubscription.user_id == bob.user_id)
        ).scalars()
        assert (delivery.attempts, delivery.last_status, delivery.delivered_at) == (1, 503, None)
        assert delivery.next_attempt_at is not None
        delivery.next_attempt_at -= timedelta(minutes=5)  # its backoff has passed
        db.session.commit()
        db.session.remove()
    assert drain(base_app, attempts=2) == [Pushed.FAILED]
    assert drain(base_app, attempts=2) == []
    assert len(push.messages(browser)) == 2


def test_push_turned_off_for_a_kind_writes_no_delivery(base_app, pair):
    ada, bob, project, push, browser = pair
    client = base_app.test_client()
    off = client.patch(
        "/api/auth/me/notification-settings", json={"assigned": {"push": False}}, headers=bob.headers
    )
    assert off.status_code == 200
    assign(base_app, ada, bob, project)
    assert drain(base_app) == []
    assert push.messages(browser) == []


def test_nothing_is_pushed_about_a_project_its_person_has_left(base_app, pair):
    ada, bob, project, push, browser = pair
    assign(base_app, ada, bob, project)
    client = base_app.test_client()
    assert (
        client.delete(f"/api/projects/{project}/members/{bob.user_id}", headers=ada.headers).status_code
        == 204
    )
    assert drain(base_app) == [Pushed.SKIPPED]
    assert push.messages(browser) == []


def test_a_message_that_cannot_be_signed_is_retried_not_fatal(base_app, pair):
    """py_vapid refuses an audience with credentials in it: that delivery fails alone, the worker goes on."""
    ada, bob, project, _, browser = pair
    with base_app.app_context():
        subscription = db.session.execute(
            select(PushSubscription).where(PushSubscription.user_id == bob.user_id)
        ).scalar_one()
        subscription.endpoint = browser.endpoint.replace("http://", "http://user:secret@")
        db.session.commit()
        db.session.remove()
    assign(base_app, ada, bob, project)
    assert drain(base_app) == [Pushed.RETRY]
