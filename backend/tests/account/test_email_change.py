"""Email change: the password is checked, a confirmation link goes to the new address and a notice to the
old one (through a real SMTP server); the address changes only when the link is used, and becomes verified;
a taken address is refused at the request and again at the confirmation (another account took it since)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from taskforge.account_email.models import AccountEmail
from taskforge.extensions import db
from taskforge.mail.queue import Emailed
from tests.account.conftest import link_in, parts, send_all, sent_to
from tests.factories import PASSWORD, UserFactory

NEW = "fresh-address@example.com"


def change(client, headers, email: str = NEW, password: str = PASSWORD):
    return client.post("/api/auth/email", json={"email": email, "password": password}, headers=headers)


def confirm(client, token: str):
    return client.post("/api/auth/email/confirm", json={"token": token})


def me(client, headers) -> dict:
    return client.get("/api/auth/me", headers=headers).get_json()


def test_the_address_changes_only_when_the_new_one_confirms(client, smtp, user, auth):
    old = user.email
    user.email_verified_at = None
    db.session.commit()
    assert change(client, auth).status_code == 202
    assert me(client, auth)["email"] == old
    assert sorted(send_all(smtp), key=str) == [Emailed.SENT, Emailed.SENT]
    (notice,) = sent_to(smtp, old)
    assert notice["Subject"] == "Your TaskForge email address is being changed"
    assert "change your password" in parts(notice)[0]
    assert "token=" not in parts(notice)[0]
    (confirmation,) = sent_to(smtp, NEW)
    path, token = link_in(confirmation)
    assert path == "/confirm-email"
    assert confirm(client, token).status_code == 204
    now = me(client, auth)
    assert (now["email"], now["email_verified"]) == (NEW, True)
    assert confirm(client, token).status_code == 422  # single use
    assert client.post("/api/auth/login", json={"username": NEW, "password": PASSWORD}).status_code == 200


def test_a_wrong_password_is_a_422_naming_it_and_sends_nothing(client, smtp, auth):
    response = change(client, auth, password="not the password")
    assert response.status_code == 422
    assert [error["field"] for error in response.get_json()["errors"]] == ["password"]
    assert db.session.execute(select(func.count()).select_from(AccountEmail)).scalar_one() == 0


def test_the_same_address_is_a_422(client, smtp, user, auth):
    response = change(client, auth, email=user.email.upper())
    assert response.status_code == 422
    assert [error["field"] for error in response.get_json()["errors"]] == ["email"]


def test_an_address_another_account_uses_is_a_409(client, smtp, auth, other_user):
    response = change(client, auth, email=other_user.email.upper())
    assert response.status_code == 409
    assert response.mimetype == "application/problem+json"


def test_an_address_taken_between_request_and_confirmation_is_a_409_then(client, smtp, user, auth):
    assert change(client, auth).status_code == 202
    send_all(smtp)
    (confirmation,) = sent_to(smtp, NEW)
    UserFactory(email=NEW.upper())  # someone registered it meanwhile
    response = confirm(client, link_in(confirmation)[1])
    assert response.status_code == 409
    assert me(client, auth)["email"] == user.email


def test_a_newer_change_voids_the_older_link(client, smtp, auth):
    assert change(client, auth, email="first@example.com").status_code == 202
    send_all(smtp)
    assert change(client, auth, email="second@example.com").status_code == 202
    send_all(smtp)
    (first,) = sent_to(smtp, "first@example.com")
    (second,) = sent_to(smtp, "second@example.com")
    assert confirm(client, link_in(first)[1]).status_code == 422
    assert confirm(client, link_in(second)[1]).status_code == 204
    assert me(client, auth)["email"] == "second@example.com"


def test_without_smtp_a_change_is_refused_with_a_409(client, auth):
    response = change(client, auth)
    assert response.status_code == 409
    assert "sends no email" in response.get_json()["detail"]


def test_changing_needs_a_token(client):
    assert change(client, {}).status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"email": "nope", "password": PASSWORD}, "email"),
        ({"email": NEW}, "password"),
        ({"email": NEW, "password": PASSWORD, "username": "x"}, "username"),
        ({"email": NEW, "password": True}, "password"),
    ],
)
def test_a_malformed_change_is_a_422_naming_the_field(client, auth, body, field):
    response = client.post("/api/auth/email", json=body, headers=auth)
    assert response.status_code == 422
    assert field in {error["field"] for error in response.get_json()["errors"]}


def test_another_accounts_token_changes_only_its_own_address(
    client, smtp, user, auth, other_user, other_auth
):
    """Isolation: the endpoints act on the caller alone; a link confirms the change of the account that
    asked for it, whoever opens it."""
    assert change(client, other_auth).status_code == 202
    send_all(smtp)
    (confirmation,) = sent_to(smtp, NEW)
    assert confirm(client, link_in(confirmation)[1]).status_code == 204
    assert me(client, other_auth)["email"] == NEW
    assert me(client, auth)["email"] == user.email
