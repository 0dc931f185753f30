"""The worker's side against a real receiver on loopback: signed as Standard Webhooks defines (verified with
the reference library), in order per webhook, retried with exponential backoff for 24 hours (driven with a
controlled clock, no sleeping), then given up and the webhook turned off with a notification to its owner;
redelivery and the test ping through the same outbox."""

from __future__ import annotations

import base64
import json
from datetime import timedelta

import pytest
from sqlalchemy import select
from standardwebhooks.webhooks import Webhook as Verifier
from standardwebhooks.webhooks import WebhookVerificationError

from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.notifications.models import Notification
from taskforge.webhooks.delivery import Outcome
from taskforge.webhooks.models import Webhook
from tests.webhooks.conftest import deliveries, drain, make_task


def test_a_change_is_delivered_signed_and_verifies_with_the_reference_library(client, auth, hooked, receiver):
    project, hook = hooked()
    task = make_task(client, auth, project, "Ship it")
    assert drain() == [Outcome.SENT]
    (got,) = receiver.received
    payload = Verifier(hook["secret"]).verify(got.body, got.headers)
    assert payload["type"] == "task.created"
    assert payload["data"]["task"]["id"] == task["id"]
    assert payload["data"]["task"]["title"] == "Ship it"
    assert payload["data"]["project_id"] == project
    assert got.path == "/hook"
    assert got.headers["content-type"] == "application/json"
    assert got.headers["host"] == f"127.0.0.1:{receiver.port}"
    assert got.headers["webhook-id"].startswith("msg_")
    (row,) = deliveries(hook["id"])
    assert (row.status, row.attempts, row.response_code) == ("delivered", 1, 204)
    assert row.latency_ms is not None
    assert row.delivered_at is not None
    assert drain() == []  # delivered once


def test_a_tampered_body_or_another_secret_does_not_verify(client, auth, hooked, receiver):
    project, hook = hooked()
    make_task(client, auth, project)
    drain()
    (got,) = receiver.received
    other = "whsec_" + base64.b64encode(b"k" * 32).decode()
    for secret, body in ((hook["secret"], got.body.replace(b"Plan", b"Plan!")), (other, got.body)):
        with pytest.raises(WebhookVerificationError, match="No matching signature"):
            Verifier(secret).verify(body, got.headers)


def test_deliveries_go_in_order_per_webhook_while_one_retries(client, auth, hooked, receiver):
    project, _hook = hooked()
    for title in ("one", "two", "three"):
        make_task(client, auth, project, title)
    receiver.plan = [503]
    start = utcnow()
    assert drain(now=start) == [Outcome.RETRY]  # the first failed; the others wait behind it
    assert drain(now=start + timedelta(seconds=29)) == []
    assert drain(now=start + timedelta(seconds=30)) == [Outcome.SENT, Outcome.SENT, Outcome.SENT]
    titles = [json.loads(r.body)["data"]["task"]["title"] for r in receiver.received]
    assert titles == ["one", "one", "two", "three"]
    ids = [r.headers["webhook-id"] for r in receiver.received]
    assert ids[0] == ids[1]
    assert len(set(ids)) == 3


def test_failures_are_retried_with_exponential_backoff_until_one_succeeds(client, auth, hooked, receiver):
    project, hook = hooked()
    make_task(client, auth, project)
    receiver.plan = [500, 502, 429]
    now = utcnow()
    waits = []
    for expected_code in (500, 502, 429):
        assert drain(now=now) == [Outcome.RETRY]
        (row,) = deliveries(hook["id"])
        assert (row.status, row.response_code, row.last_error) == (
            "pending",
            expected_code,
            f"HTTP {expected_code}",
        )
        waits.append(row.next_attempt_at - now)
        assert drain(now=row.next_attempt_at - timedelta(seconds=1)) == []  # not before its time
        now = row.next_attempt_at
    assert waits == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    assert drain(now=now) == [Outcome.SENT]
    (row,) = deliveries(hook["id"])
    assert (row.status, row.attempts, row.next_attempt_at) == ("delivered", 4, None)
    assert len(receiver.received) == 4
    webhook = db.session.get(Webhook, hook["id"])
    assert webhook.consecutive_failures == 0
    assert webhook.active


def test_a_delivery_failing_for_24_hours_is_given_up_and_its_webhook_turned_off(
    client, auth, user, hooked, receiver
):
    project, hook = hooked()
    make_task(client, auth, project, "first")
    make_task(client, auth, project, "second")
    receiver.plan = [500] * 100
    (first, _) = deliveries(hook["id"])
    now, tries = first.created_at, 0
    while (outcome := drain(now=now)) == [Outcome.RETRY]:
        tries += 1
        (row, _) = deliveries(hook["id"])
        assert row.next_attempt_at <= first.created_at + timedelta(hours=24)
        now = row.next_attempt_at
    assert outcome == [Outcome.FAILED]
    assert now == first.created_at + timedelta(hours=24)  # its last try: when the 24 hours are up
    assert 10 < tries < 30  # exponential, capped at 4 hours apart
    failed, waiting = deliveries(hook["id"])
    assert (failed.status, failed.next_attempt_at) == ("failed", None)
    assert waiting.status == "pending"
    webhook = db.session.get(Webhook, hook["id"])
    assert not webhook.active
    assert "24 hours" in webhook.disabled_reason
    notice = db.session.execute(select(Notification).where(Notification.user_id == user.id)).scalar_one()
    assert (notice.kind, notice.project_id, notice.title) == ("webhook", project, hook["url"])
    shown = client.get("/api/notifications", headers=auth).get_json()["items"]
    assert [n["kind"] for n in shown] == ["webhook"]
    assert drain(now=now + timedelta(days=1)) == []  # off: nothing more is sent
    turned_on = client.patch(f"/api/webhooks/{hook['id']}", json={"active": True}, headers=auth)
    assert turned_on.get_json()["disabled_reason"] is None
    receiver.plan = []
    assert drain(now=now + timedelta(days=1)) == [Outcome.SENT]  # what waited is sent once it is on


def test_a_redirect_is_not_followed(client, auth, hooked, receiver):
    project, hook = hooked()
    with type(receiver)() as elsewhere:
        receiver.plan, receiver.location = [302], elsewhere.url("/stolen")
        make_task(client, auth, project)
        assert drain() == [Outcome.RETRY]
        assert elsewhere.received == []
    (row,) = deliveries(hook["id"])
    assert row.response_code == 302
    assert "redirects are not followed" in row.last_error


def test_redeliver_sends_the_same_message_again(client, auth, hooked, receiver):
    project, hook = hooked()
    make_task(client, auth, project)
    drain()
    (row,) = deliveries(hook["id"])
    response = client.post(f"/api/webhooks/{hook['id']}/deliveries/{row.id}/redeliver", headers=auth)
    assert response.status_code == 202, response.get_json()
    again = response.get_json()
    assert (again["status"], again["message_id"], again["event"]) == (
        "pending",
        row.message_id,
        "task.created",
    )
    assert drain() == [Outcome.SENT]
    first, second = receiver.received
    assert first.headers["webhook-id"] == second.headers["webhook-id"]
    assert first.body == second.body
    Verifier(hook["secret"]).verify(second.body, second.headers)


def test_the_test_ping_goes_through_the_outbox(client, auth, hooked, receiver):
    _, hook = hooked()
    response = client.post(f"/api/webhooks/{hook['id']}/test", headers=auth)
    assert response.status_code == 202, response.get_json()
    assert response.get_json()["event"] == "ping"
    assert receiver.received == []  # queued, not sent by the request
    assert drain() == [Outcome.SENT]
    payload = Verifier(hook["secret"]).verify(receiver.received[0].body, receiver.received[0].headers)
    assert payload["type"] == "ping"
    assert payload["data"]["webhook_id"] == hook["id"]
    log = client.get(f"/api/webhooks/{hook['id']}/deliveries", headers=auth).get_json()["items"]
    assert [(d["event"], d["status"], d["response_code"]) for d in log] == [("ping", "delivered", 204)]


def test_two_webhooks_do_not_wait_for_each_other(client, auth, hooked, receiver):
    project, hook = hooked(path="/slow")
    other = client.post(
        f"/api/projects/{project}/webhooks",
        json={"url": receiver.url("/fine"), "events": ["task.created"]},
        headers=auth,
    ).get_json()
    receiver.plan = [503]  # the first request: the first webhook's
    make_task(client, auth, project)
    assert sorted(o.value for o in drain()) == ["retry", "sent"]
    assert [d.status for d in deliveries(other["id"])] == ["delivered"]
    assert [d.status for d in deliveries(hook["id"])] == ["pending"]
