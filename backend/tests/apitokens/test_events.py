"""The event stream and its tickets with API tokens: a token with `tasks:read` opens the stream with its
Authorization header (the stream ends when the token is revoked); without it, 403; no token gets a ticket,
which could not carry its scopes."""

from __future__ import annotations

from sqlalchemy import delete

from taskforge.apitokens.models import ApiToken
from taskforge.extensions import db
from tests.events.test_stream import URL, Stream, open_stream, quick  # noqa: F401 - quick is a fixture


def test_a_token_with_tasks_read_follows_the_stream_until_revoked(quick, client, user, issue):  # noqa: F811
    stream = open_stream(client, issue(user, "tasks:read"))
    assert stream.next_event()["event"] == "ready"
    db.session.execute(delete(ApiToken))
    db.session.commit()
    assert stream.next_event()["event"] == "expired"  # the stream re-checks its credential
    stream.close()


def test_a_token_without_tasks_read_gets_403_naming_it(quick, client, user, issue):  # noqa: F811
    response = client.get(URL, headers=issue(user, "tasks:write", "projects:read"))
    assert response.status_code == 403
    assert response.get_json()["required_scope"] == "tasks:read"


def test_no_token_gets_a_ticket(client, user, issue):
    response = client.post("/api/events/ticket", headers=issue(user, "tasks:read", "tasks:write"))
    assert (response.status_code, response.get_json()["required_scope"]) == (403, None)


def test_stream_is_unchanged_for_sessions(quick, client, auth):  # noqa: F811
    stream = open_stream(client, auth)
    assert Stream.next_event(stream)["event"] == "ready"
    stream.close()
