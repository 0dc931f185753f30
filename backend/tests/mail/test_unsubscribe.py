"""The unsubscribe link: a GET shows a page and changes nothing; a POST (the page's button, or a mail client's
RFC 8058 one-click) turns that kind of email off for the token's person only; a token this server did not
sign, or whose person is gone, is a 404 problem."""

from __future__ import annotations

import pytest

from taskforge.extensions import db
from taskforge.mail.links import Links, unsubscribe_token
from tests.conftest import bearer
from tests.factories import UserFactory


@pytest.fixture
def links(app):
    return Links("http://tasks.test", app.config["TASKFORGE"].secret_key)


def path(links: Links, user_id: int, kind: str) -> str:
    return links.unsubscribe(user_id=user_id, kind=kind).removeprefix("http://tasks.test")


def settings_of(client, user, token_for):
    return client.get("/api/auth/me/notification-settings", headers=bearer(token_for(user))).get_json()


def test_a_get_asks_and_changes_nothing(client, links, token_for):
    user = UserFactory()
    page = client.get(path(links, user.id, "mentioned"))
    assert page.status_code == 200
    assert page.mimetype == "text/html"
    assert "Stop the emails about mentions?" in page.get_data(as_text=True)
    assert '<form method="post">' in page.get_data(as_text=True)
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert settings_of(client, user, token_for)["mentioned"]["email"] is True


@pytest.mark.parametrize("body", [{"List-Unsubscribe": "One-Click"}, None])
def test_a_post_turns_that_kind_of_email_off_for_that_person_only(client, links, token_for, body):
    user, other = UserFactory(), UserFactory()
    done = client.post(path(links, user.id, "commented"), data=body)
    assert done.status_code == 200
    assert "no more emails about comments on your tasks" in done.get_data(as_text=True)
    mine = settings_of(client, user, token_for)
    assert mine["commented"] == {"in_app": True, "email": False, "push": True}
    assert all(mine[kind]["email"] for kind in ("reminder", "assigned", "mentioned", "shared"))
    assert settings_of(client, other, token_for)["commented"]["email"] is True
    assert client.post(path(links, user.id, "commented")).status_code == 200  # again: still off, no error


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_token_this_server_did_not_sign_is_a_404(client, method):
    user = UserFactory()
    forged = unsubscribe_token("another-server-" * 4, user_id=user.id, kind="assigned")
    response = getattr(client, method)(f"/api/email/unsubscribe?token={forged}")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


def test_a_token_whose_person_is_gone_is_a_404(client, links):
    user = UserFactory()
    gone = path(links, user.id, "assigned")
    db.session.delete(user)
    db.session.flush()
    assert client.post(gone).status_code == 404


@pytest.mark.parametrize("token", ["", "not a token", "x" * 201, "WzEsImFzc2lnbmVkIl0.bad"])
def test_a_malformed_token_is_a_4xx_problem(client, token):
    response = client.post("/api/email/unsubscribe", query_string={"token": token})
    assert response.status_code in {404, 422}
    assert response.mimetype == "application/problem+json"
