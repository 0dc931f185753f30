"""Password reset: the same 202 for every address, the link emailed through a real SMTP server only when an
account uses it, single use, valid 30 minutes, voided by a newer one; the new password works and the old
one does not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from taskforge.account_email import tokens
from taskforge.account_email.models import AccountEmail, AccountToken
from taskforge.auth.opaque import digest
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.mail.queue import Emailed
from tests.account.conftest import NEW_PASSWORD, link_in, parts, send_all, sent_to
from tests.factories import PASSWORD
from tests.smtp_server import PUBLIC_URL

ACCEPTED = {
    "detail": "If an account uses that address, we sent a link to it. The link works once, for 30 minutes."
}


def ask(client, email: str):
    return client.post("/api/auth/password-reset", json={"email": email})


def confirm(client, token: str, password: str = NEW_PASSWORD):
    return client.post("/api/auth/password-reset/confirm", json={"token": token, "password": password})


def login(client, user, password: str) -> int:
    body = {"username": user.username, "password": password}
    return client.post("/api/auth/login", json=body).status_code


def reset_link(client, smtp, user) -> str:
    assert ask(client, user.email).status_code == 202
    assert send_all(smtp) == [Emailed.SENT]
    (message,) = sent_to(smtp, user.email)
    smtp.sink.messages.clear()
    path, token = link_in(message)
    assert path == "/reset-password"
    return token


def test_a_known_address_gets_a_link_that_sets_the_password_once(client, smtp, user):
    response = ask(client, user.email.upper())  # addresses are matched ignoring case
    assert (response.status_code, response.get_json()) == (202, ACCEPTED)
    assert send_all(smtp) == [Emailed.SENT]
    (message,) = smtp.sink.messages
    assert message["To"] == user.email
    assert message["Subject"] == "Reset your TaskForge password"
    assert message["Auto-Submitted"] == "auto-generated"
    plain, html = parts(message)
    assert "for 30 minutes" in plain
    path, token = link_in(message)
    assert path == "/reset-password"
    assert f'href="{PUBLIC_URL}/reset-password?token={token}"' in html
    # Only the token's hash is stored; the outbox row is gone once sent.
    stored = db.session.execute(select(AccountToken).where(AccountToken.user_id == user.id)).scalar_one()
    assert stored.token_hash == digest(token)
    assert token not in {stored.token_hash, stored.new_email}
    assert db.session.execute(select(func.count()).select_from(AccountEmail)).scalar_one() == 0

    assert confirm(client, token).status_code == 204
    assert login(client, user, PASSWORD) == 401
    assert login(client, user, NEW_PASSWORD) == 200
    reused = confirm(client, token, "yet another passphrase")
    assert reused.status_code == 422
    assert reused.get_json()["errors"][0]["field"] == "token"
    assert login(client, user, NEW_PASSWORD) == 200


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, smtp):
    response = ask(client, "nobody-here@example.com")
    assert (response.status_code, response.get_json()) == (202, ACCEPTED)
    assert send_all(smtp) == [Emailed.SKIPPED]
    assert smtp.sink.messages == []
    assert db.session.execute(select(func.count()).select_from(AccountEmail)).scalar_one() == 0


def test_a_newer_link_voids_the_older_one(client, smtp, user):
    first = reset_link(client, smtp, user)
    second = reset_link(client, smtp, user)
    assert first != second
    assert confirm(client, first).status_code == 422
    assert confirm(client, second).status_code == 204


def test_a_link_expires_after_30_minutes(client, smtp, user, monkeypatch):
    token = reset_link(client, smtp, user)
    later = utcnow() + timedelta(minutes=30, seconds=1)
    monkeypatch.setattr(tokens, "utcnow", lambda: later)
    expired = confirm(client, token)
    assert expired.status_code == 422
    monkeypatch.setattr(tokens, "utcnow", lambda: later - timedelta(seconds=2))
    assert confirm(client, token).status_code == 204


@pytest.mark.parametrize("token", ["A" * 43, "-" * 43])
def test_unknown_used_and_expired_tokens_answer_alike(client, smtp, user, monkeypatch, token):
    unknown = confirm(client, token)
    used_token = reset_link(client, smtp, user)
    assert confirm(client, used_token).status_code == 204
    used = confirm(client, used_token)
    expired_token = reset_link(client, smtp, user)
    monkeypatch.setattr(tokens, "utcnow", lambda: utcnow() + timedelta(hours=1))
    expired = confirm(client, expired_token)

    def same(response) -> tuple[int, str, object]:
        body = response.get_json()
        return response.status_code, body["detail"], body["errors"]

    assert same(unknown) == same(used) == same(expired)
    assert unknown.status_code == 422


def test_a_verification_token_is_no_reset_token(client, smtp, user):
    token = tokens.issue(user_id=user.id, purpose="verify", address=user.email)
    assert confirm(client, token).status_code == 422


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "email"),
        ({"email": "not an address"}, "email"),
        ({"email": "a@example.com", "extra": 1}, "extra"),
        ({"email": 5}, "email"),
    ],
)
def test_a_malformed_request_is_a_422_naming_the_field(client, body, field):
    response = client.post("/api/auth/password-reset", json=body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert field in {error["field"] for error in response.get_json()["errors"]}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"token": "short", "password": NEW_PASSWORD}, "token"),
        ({"token": "A" * 43, "password": "short"}, "password"),
        ({"token": "A" * 43}, "password"),
        ({"token": "A" * 42 + "\u0000", "password": NEW_PASSWORD}, "token"),
    ],
)
def test_a_malformed_confirmation_is_a_422_naming_the_field(client, body, field):
    response = client.post("/api/auth/password-reset/confirm", json=body)
    assert response.status_code == 422
    assert field in {error["field"] for error in response.get_json()["errors"]}


def test_without_smtp_the_answer_is_the_same_and_nothing_is_queued(client, user):
    response = ask(client, user.email)
    assert (response.status_code, response.get_json()) == (202, ACCEPTED)
    assert db.session.execute(select(func.count()).select_from(AccountEmail)).scalar_one() == 0


def test_a_refused_email_is_retried_and_its_token_never_kept(client, smtp, user):
    smtp.sink.refuse = True
    assert ask(client, user.email).status_code == 202
    assert send_all(smtp, attempts=2) == [Emailed.RETRY]
    assert db.session.execute(select(AccountToken).where(AccountToken.user_id == user.id)).all() == []
    row = db.session.execute(select(AccountEmail)).scalar_one()
    assert (row.attempts, "451" in (row.last_error or "")) == (1, True)
    row.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    smtp.sink.refuse = False
    assert send_all(smtp) == [Emailed.SENT]
    (message,) = smtp.sink.messages
    _, token = link_in(message)
    assert confirm(client, token).status_code == 204


def test_a_reset_signs_the_account_out_everywhere(client, smtp, user, auth, other_auth):
    assert client.get("/api/auth/me", headers=auth).status_code == 200
    token = reset_link(client, smtp, user)
    assert confirm(client, token).status_code == 204
    assert client.get("/api/auth/me", headers=auth).status_code == 401
    assert client.get("/api/auth/me", headers=other_auth).status_code == 200  # someone else's sessions stay
