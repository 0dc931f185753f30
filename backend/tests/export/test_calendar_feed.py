"""The calendar feed: POST/DELETE /api/auth/calendar-token and GET /api/calendar.ics?token=. The address works
until it is rotated or turned off, only its hash is stored, and it shows its owner's dated tasks alone."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from taskforge.auth.models import User
from taskforge.extensions import db

TOKEN = "/api/auth/calendar-token"
FEED = "/api/calendar.ics"


def issue(client, auth) -> dict:
    response = client.post(TOKEN, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def feed(client, token: str):
    return client.get(f"{FEED}?token={token}")


def todos(response) -> dict[str, object]:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.get_data())
    return {str(todo["SUMMARY"]): todo for todo in calendar.walk("VTODO")}


def make(client, auth, **fields):
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    return response.get_json()


def test_a_new_address_serves_the_callers_dated_tasks(client, auth, other_auth, user):
    assert client.get("/api/auth/me", headers=auth).get_json()["calendar_feed"] is False
    make(client, auth, title="Dentist", due_date="2026-12-01T09:30:00+01:00", priority=4, tags=["health"])
    make(client, auth, title="Someday")
    make(client, other_auth, title="Not mine", due_date="2026-12-01T09:30:00Z")

    issued = issue(client, auth)

    assert issued["token"].startswith("tfcal_")
    assert issued["url"] == f"http://localhost{FEED}?token={issued['token']}"
    shown = todos(client.get(issued["url"]))
    assert list(shown) == ["Dentist"]
    dentist = shown["Dentist"]
    assert dentist.decoded("DUE") == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    assert dentist["PRIORITY"] == 1
    assert dentist["STATUS"] == "NEEDS-ACTION"
    assert client.get("/api/auth/me", headers=auth).get_json()["calendar_feed"] is True


def test_only_the_tokens_hash_is_stored(client, auth, user):
    token = issue(client, auth)["token"]
    stored = db.session.execute(select(User.calendar_token_hash).where(User.id == user.id)).scalar_one()
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    assert token not in stored


def test_rotating_retires_the_old_address(client, auth):
    old = issue(client, auth)["token"]
    new = issue(client, auth)["token"]
    assert new != old
    body = problem(feed(client, old), 404)
    assert "rotated" in body["detail"]
    assert feed(client, new).status_code == 200


def test_turning_the_feed_off(client, auth):
    token = issue(client, auth)["token"]
    assert client.delete(TOKEN, headers=auth).status_code == 204
    problem(feed(client, token), 404)
    assert client.get("/api/auth/me", headers=auth).get_json()["calendar_feed"] is False
    assert client.delete(TOKEN, headers=auth).status_code == 204  # off stays off


@pytest.mark.parametrize(
    "query", ["", "?token=", "?token=abc", "?token=tfcal_short", "?token=" + "tfcal_" + "A" * 42 + "!"]
)
def test_a_malformed_token_is_422(client, query):
    problem(client.get(FEED + query), 422)


def test_a_well_formed_unknown_token_is_404(client, auth):
    issue(client, auth)
    problem(feed(client, "tfcal_" + "A" * 43), 404)


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_issuing_and_revoking_need_an_access_token(client, method):
    response = client.open(TOKEN, method=method)
    problem(response, 401)


def test_recurring_and_completed_tasks(client, auth, user, task_factory):
    make(
        client,
        auth,
        title="Standup",
        due_date="2026-03-23T09:00:00+01:00",
        recurrence={"rrule": "FREQ=WEEKLY;BYDAY=MO"},
    )
    now = datetime.now(UTC)
    task_factory(
        user=user, title="Done lately", due_date=now, completed=True, completed_at=now - timedelta(days=2)
    )
    task_factory(
        user=user, title="Done long ago", due_date=now, completed=True, completed_at=now - timedelta(days=40)
    )
    token = issue(client, auth)["token"]

    shown = todos(feed(client, token))

    assert set(shown) == {"Standup", "Done lately"}
    assert shown["Done lately"]["STATUS"] == "COMPLETED"
    standup = shown["Standup"]
    assert standup["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO"
    assert standup.decoded("DTSTART") == datetime(2026, 3, 23, 8, tzinfo=UTC)


def test_the_feed_changes_with_the_tasks(client, auth):
    token = issue(client, auth)["token"]
    task = make(client, auth, title="Before", due_date="2026-12-01T09:00:00Z")
    assert list(todos(feed(client, token))) == ["Before"]
    client.patch(f"/api/tasks/{task['id']}", json={"title": "After"}, headers=auth)
    assert list(todos(feed(client, token))) == ["After"]


def test_the_feed_is_not_cached_and_its_token_is_not_logged(client, auth, capsys):
    token = issue(client, auth)["token"]
    response = feed(client, token)
    assert response.headers["Cache-Control"] == "no-store"
    assert token not in capsys.readouterr().out
