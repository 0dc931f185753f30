"""Email verification: registration emails a link (through a real SMTP server) that verifies the address
once; resending is for unverified accounts; an unverified account gets its notifications in the app but
no notification email until it verifies."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from taskforge.account_email import tokens
from taskforge.auth.models import User
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.mail import queue as mail_queue
from taskforge.mail.queue import Emailed
from tests.account.conftest import link_in, send_all, sent_to
from tests.conftest import bearer
from tests.outbox_drain import outbox_policy
from tests.smtp_server import post_to


def register(client) -> tuple[dict, dict[str, str]]:
    name = f"v{uuid.uuid4().hex[:10]}"
    body = {"username": name, "email": f"{name}@example.com", "password": "long enough password"}
    response = client.post("/api/auth/register", json=body)
    assert response.status_code == 201, response.get_json()
    tokens_ = response.get_json()
    return tokens_["user"], bearer(tokens_["access_token"])


def verify(client, token: str):
    return client.post("/api/auth/email/verify", json={"token": token})


def me(client, headers) -> dict:
    return client.get("/api/auth/me", headers=headers).get_json()


def test_registration_emails_a_link_that_verifies_the_address_once(client, smtp):
    user, headers = register(client)
    assert user["email_verified"] is False
    assert send_all(smtp) == [Emailed.SENT]
    (message,) = sent_to(smtp, user["email"])
    assert message["Subject"] == "Confirm your TaskForge email address"
    path, token = link_in(message)
    assert path == "/verify-email"
    assert verify(client, token).status_code == 204
    assert me(client, headers)["email_verified"] is True
    assert verify(client, token).status_code == 422  # single use


def test_resending_voids_the_earlier_link(client, smtp):
    user, headers = register(client)
    send_all(smtp)
    (first,) = sent_to(smtp, user["email"])
    assert client.post("/api/auth/email/verification", headers=headers).status_code == 202
    assert send_all(smtp) == [Emailed.SENT]
    second = sent_to(smtp, user["email"])[-1]
    assert verify(client, link_in(first)[1]).status_code == 422
    assert verify(client, link_in(second)[1]).status_code == 204


def test_a_verification_link_expires_after_48_hours(client, smtp, monkeypatch):
    user, headers = register(client)
    send_all(smtp)
    (message,) = sent_to(smtp, user["email"])
    monkeypatch.setattr(tokens, "utcnow", lambda: utcnow() + timedelta(hours=48, seconds=1))
    assert verify(client, link_in(message)[1]).status_code == 422
    assert me(client, headers)["email_verified"] is False


def test_a_verified_account_cannot_ask_again(client, smtp, auth):
    response = client.post("/api/auth/email/verification", headers=auth)
    assert response.status_code == 409
    assert response.mimetype == "application/problem+json"


def test_without_smtp_nothing_is_queued_and_a_resend_says_so(client):
    _, headers = register(client)
    response = client.post("/api/auth/email/verification", headers=headers)
    assert response.status_code == 409
    assert "sends no email" in response.get_json()["detail"]


def test_resending_needs_a_token(client):
    assert client.post("/api/auth/email/verification").status_code == 401


@pytest.mark.parametrize("body", [{}, {"token": "x"}, {"token": "A" * 43, "more": 1}, {"token": 43}])
def test_a_malformed_verification_is_a_422(client, body):
    response = client.post("/api/auth/email/verify", json=body)
    assert response.status_code == 422


def test_an_unverified_account_gets_notifications_in_the_app_but_no_email(app, client, smtp, auth, user):
    """Bob, unverified, is assigned a task in Ada's project he shares: the notification is in his inbox,
    its email is not sent; once he verifies, the next one is."""
    bob, bob_headers = register(client)
    send_all(smtp)
    smtp.sink.messages.clear()
    project = client.post("/api/projects", json={"name": "Shared"}, headers=auth).get_json()["id"]
    shared = client.post(
        f"/api/projects/{project}/members", json={"username": bob["username"], "role": "editor"}, headers=auth
    )
    assert shared.status_code == 201, shared.get_json()

    def assign(title: str) -> None:
        body = {"title": title, "project_id": project, "assignee_ids": [bob["id"]]}
        assert client.post("/api/tasks", json=body, headers=auth).status_code == 201

    def emailed() -> list[Emailed]:
        policy = outbox_policy()
        with post_to(smtp.url) as post:
            return [
                mail_queue.deliver(i, policy=policy, post=post)
                for i in mail_queue.claim(policy=policy, limit=50)
            ]

    assign("First")
    assert Emailed.SENT not in emailed()
    assert sent_to(smtp, bob["email"]) == []
    inbox = client.get("/api/notifications", headers=bob_headers).get_json()
    assert "First" in {item["title"] for item in inbox["items"]}

    db.session.get(User, bob["id"]).email_verified_at = utcnow()
    db.session.commit()
    assign("Second")
    assert Emailed.SENT in emailed()
    assert [message["Subject"].rpartition(": ")[2] for message in sent_to(smtp, bob["email"])] == ["Second"]
