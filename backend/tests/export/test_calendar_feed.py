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


def events(response) -> list:
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.get_data())
    assert calendar.walk("VTODO") == []
    return list(calendar.walk("VEVENT"))


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
    assert issued["url"] == f"http://localhost{FEED}?token={issued['token']}&kind=events"
    assert [str(e["SUMMARY"]) for e in events(client.get(issued["url"]))] == ["Dentist"]
    shown = todos(feed(client, issued["token"]))
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


# --- kind and project_id


def summaries(response) -> list[str]:
    return [str(event["SUMMARY"]) for event in events(response)]


def test_kind_events_shows_open_dated_tasks_and_todos_stays_the_default(client, auth, user, task_factory):
    make(client, auth, title="Timed", due_date="2026-12-01T09:30:00+01:00")
    make(client, auth, title="All day", due_date="2026-12-02T00:00:00Z")
    make(client, auth, title="Undated")
    now = datetime.now(UTC)
    task_factory(user=user, title="Done", due_date=now, completed=True, completed_at=now)
    token = issue(client, auth)["token"]

    shown = {str(e["SUMMARY"]): e for e in events(client.get(f"{FEED}?token={token}&kind=events"))}

    assert set(shown) == {"Timed", "All day"}
    assert shown["All day"].decoded("DTSTART") == datetime(2026, 12, 2).date()  # the user's zone is UTC
    assert shown["Timed"].decoded("DTSTART") == datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
    assert set(todos(feed(client, token))) == {"Timed", "All day", "Done"}
    assert set(todos(client.get(f"{FEED}?token={token}&kind=todos"))) == {"Timed", "All day", "Done"}


@pytest.mark.parametrize("kind", ["event", "EVENTS", "", "vevent", "todos,events"])
def test_an_unknown_kind_is_422_naming_it(client, auth, kind):
    token = issue(client, auth)["token"]
    body = problem(client.get(FEED, query_string={"token": token, "kind": kind}), 422)
    assert [error["field"] for error in body["errors"]] == ["kind"]


def test_project_id_narrows_the_feed(client, auth):
    project = client.post("/api/projects", json={"name": "Work"}, headers=auth).get_json()["id"]
    make(client, auth, title="Work task", due_date="2026-12-01T09:00:00Z", project_id=project)
    make(client, auth, title="Inbox task", due_date="2026-12-01T10:00:00Z")
    token = issue(client, auth)["token"]
    url = f"{FEED}?token={token}&project_id={project}"
    assert summaries(client.get(url + "&kind=events")) == ["Work task"]
    assert list(todos(client.get(url))) == ["Work task"]


@pytest.mark.parametrize("project_id", ["abc", "0", "-1", "99999999999999999999"])
def test_a_malformed_project_id_is_422(client, auth, project_id):
    token = issue(client, auth)["token"]
    body = problem(client.get(FEED, query_string={"token": token, "project_id": project_id}), 422)
    assert [error["field"] for error in body["errors"]] == ["project_id"]


def test_someone_elses_project_answers_like_a_missing_one(client, auth, other_auth):
    theirs = client.post("/api/projects", json={"name": "Theirs"}, headers=other_auth).get_json()["id"]
    make(client, other_auth, title="Secret", due_date="2026-12-01T09:00:00Z", project_id=theirs)
    token = issue(client, auth)["token"]
    foreign = problem(client.get(f"{FEED}?token={token}&kind=events&project_id={theirs}"), 404)
    missing = problem(client.get(f"{FEED}?token={token}&kind=events&project_id=999999999"), 404)
    assert {k: v for k, v in foreign.items() if k != "request_id"} == {
        k: v for k, v in missing.items() if k != "request_id"
    }


def test_events_follow_what_the_owner_may_see(client, auth, other_auth, user):
    shared = client.post("/api/projects", json={"name": "Shared"}, headers=other_auth).get_json()["id"]
    make(client, other_auth, title="Theirs, shared", due_date="2026-12-01T09:00:00Z", project_id=shared)
    make(client, other_auth, title="Theirs, private", due_date="2026-12-01T09:00:00Z")
    gone = make(client, auth, title="Trashed", due_date="2026-12-01T09:00:00Z")
    token = issue(client, auth)["token"]
    assert summaries(feed_events(client, token)) == ["Trashed"]
    assert client.delete(f"/api/tasks/{gone['id']}", headers=auth).status_code == 204
    assert summaries(feed_events(client, token)) == []

    added = client.post(
        f"/api/projects/{shared}/members", json={"username": user.username}, headers=other_auth
    )
    assert added.status_code == 201
    assert summaries(feed_events(client, token)) == ["Theirs, shared"]
    client.delete(f"/api/projects/{shared}/members/{user.id}", headers=other_auth)
    assert summaries(feed_events(client, token)) == []


def feed_events(client, token: str):
    return client.get(f"{FEED}?token={token}&kind=events")
