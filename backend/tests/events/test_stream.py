"""GET /api/events in-process: the stream's events, replay from Last-Event-ID, resets, tickets, expiry, and
nothing of another user's."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import timedelta

import pytest

from taskforge.changes.service import prune
from taskforge.extensions import db
from tests.conftest import bearer
from tests.factories import inbox_of
from tests.factories import token as signed_token

URL = "/api/events"


@pytest.fixture
def quick(app):
    """Heartbeats every 50 ms, so a test never waits on an idle stream for long."""
    settings = app.config["TASKFORGE"]
    app.config["TASKFORGE"] = dataclasses.replace(
        settings, events_heartbeat_s=0.05, events_fallback_poll_s=0.05
    )
    yield app
    app.config["TASKFORGE"] = settings


class Stream:
    """Reads a streaming response event by event (comments and the retry line are skipped)."""

    def __init__(self, response) -> None:
        assert response.status_code == 200, response.get_data(as_text=True)
        assert response.mimetype == "text/event-stream"
        self.response = response
        self.chunks: Iterator[bytes] = iter(response.response)
        self.buffer = ""

    def next_event(self, *, skip_heartbeats: int = 50) -> dict:
        while True:
            while "\n\n" not in self.buffer:
                self.buffer += next(self.chunks).decode()
            block, self.buffer = self.buffer.split("\n\n", 1)
            fields = dict(
                line.split(": ", 1) for line in block.split("\n") if ": " in line and not line.startswith(":")
            )
            if "event" in fields:
                return {"event": fields["event"], "id": fields.get("id"), "data": json.loads(fields["data"])}
            if block.startswith(":"):
                skip_heartbeats -= 1
                if skip_heartbeats < 0:
                    return {"event": None}

    def close(self) -> None:
        self.response.close()


def open_stream(client, headers) -> Stream:
    db.session.commit()  # the stream lets go of the session between reads: what the test flushed must stay
    return Stream(client.get(URL, headers=headers, buffered=False))


def make(client, auth, title="t"):
    response = client.post("/api/tasks", json={"title": title}, headers=auth)
    assert response.status_code == 201
    return response.get_json()


def test_a_new_stream_starts_now_and_carries_each_change(quick, client, auth, user):
    make(client, auth, "before")
    inbox = inbox_of(user)
    stream = open_stream(client, auth)
    assert stream.next_event() == {"event": "ready", "id": f"{inbox}.1", "data": {"cursor": f"{inbox}.1"}}
    task = make(client, auth, "after")
    change = stream.next_event()
    assert change["event"] == "change"
    assert change["id"] == f"{inbox}.2"
    assert (change["data"]["kind"], change["data"]["id"], change["data"]["action"]) == (
        "task",
        task["id"],
        "create",
    )
    assert change["data"]["task"]["title"] == "after"
    client.patch(f"/api/tasks/{task['id']}", json={"completed": True}, headers=auth)
    completed = stream.next_event()["data"]
    assert (completed["action"], completed["task"]["completed"]) == ("complete", True)
    stream.close()


def test_last_event_id_replays_what_was_missed(quick, client, auth, user):
    inbox = inbox_of(user)
    tasks = [make(client, auth, str(i)) for i in range(3)]
    stream = open_stream(client, {**auth, "Last-Event-ID": f"{inbox}.1"})
    replayed = [stream.next_event() for _ in range(2)]
    # One batch: its last event carries the cursor as the event id.
    assert [(e["id"], e["data"]["id"]) for e in replayed] == [
        (None, tasks[1]["id"]),
        (f"{inbox}.3", tasks[2]["id"]),
    ]
    stream.close()


def test_a_cursor_whose_changes_are_gone_gets_a_reset(quick, app, client, auth, user):
    inbox = inbox_of(user)
    make(client, auth)
    make(client, auth)
    with app.app_context():
        prune(retention=timedelta(0))
    stream = open_stream(client, {**auth, "Last-Event-ID": f"{inbox}.0"})
    assert stream.next_event() == {"event": "reset", "id": f"{inbox}.2", "data": {"cursor": f"{inbox}.2"}}
    stream.close()


def test_nobody_receives_another_users_changes(quick, client, auth, other_auth):
    stream = open_stream(client, other_auth)
    assert stream.next_event()["event"] == "ready"
    make(client, auth)
    assert stream.next_event(skip_heartbeats=5) == {"event": None}  # heartbeats only
    stream.close()


def test_a_ticket_opens_one_stream_once(quick, client, auth):
    issued = client.post("/api/events/ticket", headers=auth)
    assert issued.status_code == 201
    ticket = issued.get_json()["ticket"]
    assert issued.get_json()["expires_in"] == 60
    first = Stream(client.get(f"{URL}?ticket={ticket}", buffered=False))
    assert first.next_event()["event"] == "ready"
    first.close()
    again = client.get(f"{URL}?ticket={ticket}")
    assert again.status_code == 401
    assert again.mimetype == "application/problem+json"


@pytest.mark.parametrize("query", ["", "?ticket=" + "A" * 43])
def test_a_stream_needs_a_token_or_a_ticket(client, query):
    response = client.get(URL + query)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_malformed_ticket_is_422(client):
    assert client.get(f"{URL}?ticket=short").status_code == 422


def test_the_stream_ends_when_its_token_is_revoked(quick, client, user):
    token = signed_token(user.id)
    stream = open_stream(client, bearer(token))
    assert stream.next_event()["event"] == "ready"
    assert client.post("/api/auth/logout", headers=bearer(token)).status_code == 204
    assert stream.next_event()["event"] == "expired"
    with pytest.raises(StopIteration):
        stream.next_event()


def test_the_stream_ends_when_its_token_expires(quick, app, client, user):
    token = signed_token(user.id, expires_delta=timedelta(seconds=1))
    stream = open_stream(client, bearer(token))
    assert stream.next_event()["event"] == "ready"
    assert stream.next_event()["event"] == "expired"


def test_a_server_without_streams_answers_503_and_keeps_the_ticket(app, client, auth):
    """The API server (sync workers) refuses a stream rather than hold a worker; the ticket stays usable."""
    settings = app.config["TASKFORGE"]
    ticket = client.post("/api/events/ticket", headers=auth).get_json()["ticket"]
    app.config["TASKFORGE"] = dataclasses.replace(settings, event_streams=False)
    try:
        refused = client.get(f"{URL}?ticket={ticket}")
        with_token = client.get(URL, headers=auth)
    finally:
        app.config["TASKFORGE"] = settings

    for response in (refused, with_token):
        assert response.status_code == 503
        assert response.mimetype == "application/problem+json"
        assert "events server" in response.get_json()["detail"]
        assert int(response.headers["Retry-After"]) > 0
    stream = Stream(client.get(f"{URL}?ticket={ticket}", buffered=False))
    assert stream.next_event()["event"] == "ready"
    stream.close()
