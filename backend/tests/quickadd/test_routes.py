"""The HTTP contract of quick add: POST /api/tasks/parse (reads, stores nothing) and POST /api/tasks and
/api/tasks/batch with `text` instead of `title`. The clock is fixed at Wednesday 2026-03-11 14:30 UTC."""

from __future__ import annotations

import pytest

from taskforge.extensions import db
from taskforge.quickadd import service
from tests.conftest import bearer
from tests.factories import UserFactory, inbox_of
from tests.quickadd.reading import NOW

PARSE = "/api/tasks/parse"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    monkeypatch.setattr(service, "utcnow", lambda: NOW)


def problem(response, status=422):
    assert response.status_code == status, response.get_json()
    assert response.mimetype == "application/problem+json"
    return [error["field"] for error in response.get_json().get("errors") or []]


def total(client, auth):
    return client.get("/api/tasks?include_subtasks=true", headers=auth).get_json()["total"]


def project(client, auth, name):
    response = client.post("/api/projects", json={"name": name}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


# --- POST /api/tasks/parse


def test_parse_returns_the_task_and_its_spans_and_creates_nothing(client, auth, user):
    errands = project(client, auth, "Errands")
    body = {"text": "buy milk tomorrow 5pm p1 #home @errands remind 30m before"}
    response = client.post(PARSE, json=body, headers=auth)
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {
        "task": {
            "title": "buy milk",
            "project_id": errands,
            "due_date": "2026-03-12T17:00:00Z",
            "priority": 4,
            "tags": ["home"],
            "recurrence": None,
            "reminders": [{"before_due": 30}],
        },
        "spans": [
            {"start": 9, "end": 21, "kind": "date", "text": "tomorrow 5pm", "value": "2026-03-12T17:00:00Z"},
            {"start": 22, "end": 24, "kind": "priority", "text": "p1", "value": 4},
            {"start": 25, "end": 30, "kind": "tag", "text": "#home", "value": "home"},
            {"start": 31, "end": 39, "kind": "project", "text": "@errands", "value": errands},
            {"start": 40, "end": 57, "kind": "reminder", "text": "remind 30m before", "value": 30},
        ],
        "unrecognized": [],
    }
    assert total(client, auth) == 0


def test_parse_without_anything_recognised(client, auth, user):
    body = client.post(PARSE, json={"text": "  fix the door  "}, headers=auth).get_json()
    assert body["task"] == {
        "title": "fix the door",
        "project_id": inbox_of(user),
        "due_date": None,
        "priority": 2,
        "tags": [],
        "recurrence": None,
        "reminders": [],
    }
    assert (body["spans"], body["unrecognized"]) == ([], [])


def test_parse_reads_a_repetition(client, auth):
    task = client.post(PARSE, json={"text": "standup every weekday 9:30am"}, headers=auth).get_json()["task"]
    assert task["recurrence"] == {"rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "anchor": "due"}
    assert task["due_date"] == "2026-03-12T09:30:00Z"


@pytest.mark.parametrize(
    ("zone", "due"),
    [
        ("UTC", "2026-03-12T17:00:00Z"),
        ("Pacific/Auckland", "2026-03-13T04:00:00Z"),  # already Thursday there
        ("America/Los_Angeles", "2026-03-13T00:00:00Z"),
    ],
)
def test_parse_reads_dates_in_the_callers_zone(client, auth, user, zone, due):
    user.timezone = zone
    db.session.flush()
    task = client.post(PARSE, json={"text": "tomorrow 5pm"}, headers=auth).get_json()["task"]
    assert task["due_date"] == due


def test_a_project_the_caller_may_only_view_is_not_revealed(client, auth, user, other_auth):
    shared = project(client, other_auth, "Secret plans")
    members = f"/api/projects/{shared}/members"
    added = client.post(members, json={"username": user.username, "role": "viewer"}, headers=other_auth)
    assert added.status_code == 201, added.get_json()
    project(client, other_auth, "Hidden")  # someone else's, unseen

    def read(name):
        body = client.post(PARSE, json={"text": f"plan @{name} x"}, headers=auth).get_json()
        return body["task"]["project_id"], body["task"]["title"], body["spans"], body["unrecognized"]

    for name in ("Secret plans", "Hidden", "Nowhere"):
        project_id, title, spans, unrecognized = read(name)
        assert (project_id, spans) == (inbox_of(user), [])
        assert title.startswith(f"plan @{name.split()[0]}")
        assert [(u["start"], u["kind"], u["reason"]) for u in unrecognized] == [
            (5, "project", "no project you can add tasks to has this name")
        ]


def test_parse_with_a_project_id_sent_it_wins(client, auth):
    errands, home = project(client, auth, "Errands"), project(client, auth, "Home")
    body = client.post(PARSE, json={"text": "milk @errands", "project_id": home}, headers=auth).get_json()
    assert body["task"]["project_id"] == home
    assert body["spans"][0]["value"] == errands
    assert body["task"]["title"] == "milk"


def test_parse_checks_the_project_id_as_creating_does(client, auth, user, other_auth):
    foreign = project(client, other_auth, "Theirs")
    assert problem(client.post(PARSE, json={"text": "x", "project_id": foreign}, headers=auth)) == [
        "project_id"
    ]
    shared = project(client, other_auth, "Viewed")
    client.post(
        f"/api/projects/{shared}/members",
        json={"username": user.username, "role": "viewer"},
        headers=other_auth,
    )
    assert problem(client.post(PARSE, json={"text": "x", "project_id": shared}, headers=auth), 403) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": " \t\u3000 "}, "text"),
        ({"text": "x" * 501}, "text"),
        ({"text": "a\x00b"}, "text"),
        ({"text": "\ud800 tomorrow"}, "text"),
        ({"text": 5}, "text"),
        ({"text": None}, "text"),
        ({"text": ["tomorrow"]}, "text"),
        ({"text": "x", "project_id": 0}, "project_id"),
        ({"text": "x", "project_id": 2**63}, "project_id"),
        ({"text": "x", "project_id": True}, "project_id"),
        ({"text": "x", "project_id": "1"}, "project_id"),
        ({"text": "x", "title": "y"}, "title"),  # unknown here
    ],
    ids=repr,
)
def test_parse_refuses_bad_input_with_the_field_named(client, auth, body, field):
    assert field in problem(client.post(PARSE, json=body, headers=auth))


@pytest.mark.parametrize(
    ("data", "content_type", "status"),
    [
        ('{"text": "a"}', "text/plain", 415),
        ('{"text": ', "application/json", 400),
        ('["a"]', "application/json", 400),
    ],
)
def test_parse_refuses_bodies_that_are_not_a_json_object(client, auth, data, content_type, status):
    problem(client.post(PARSE, data=data, content_type=content_type, headers=auth), status)


def test_parse_needs_a_token(client):
    assert client.post(PARSE, json={"text": "x"}).status_code == 401


def test_parse_at_full_length_with_odd_characters_never_fails(client, auth):
    for text in (
        "every " * 83,
        "@" * 500,
        "#p1 " * 125,
        "\U0001f600 tomorrow " * 45,
        "remind 1m before " * 29,
    ):
        response = client.post(PARSE, json={"text": text[:500]}, headers=auth)
        assert response.status_code == 200, (text, response.get_json())


def test_spans_count_code_points(client, auth):
    body = client.post(PARSE, json={"text": "\U0001f95b milk tomorrow"}, headers=auth).get_json()
    assert [(s["start"], s["end"]) for s in body["spans"]] == [(7, 15)]


# --- POST /api/tasks with text


def test_create_from_text(client, auth, user):
    home = project(client, auth, "Home")
    body = {"text": "Pay rent every month on the 1st p1 #bills +home remind 1d before"}
    response = client.post("/api/tasks", json=body, headers=auth)
    assert response.status_code == 201, response.get_json()
    task = response.get_json()
    assert (task["title"], task["priority"], task["tags"], task["project_id"]) == (
        "Pay rent",
        4,
        ["bills"],
        home,
    )
    assert task["due_date"] == "2026-04-01T09:00:00Z"
    assert (task["recurrence"]["rrule"], task["recurrence"]["anchor"]) == ("FREQ=MONTHLY;BYMONTHDAY=1", "due")
    assert task["recurrence"]["timezone"] == "UTC"
    assert [(r["before_due"], r["fire_at"]) for r in task["reminders"]] == [(1440, "2026-03-31T09:00:00Z")]
    assert client.get(response.headers["Location"], headers=auth).get_json() == task


def test_what_parse_shows_is_what_create_makes(client, auth):
    project(client, auth, "Errands")
    body = {"text": "milk tomorrow 5pm p2 #shop @Errands every! 3 days"}
    draft = client.post(PARSE, json=body, headers=auth).get_json()["task"]
    task = client.post("/api/tasks", json=body, headers=auth).get_json()
    assert {name: task[name] for name in ("title", "project_id", "due_date", "priority", "tags")} == {
        name: draft[name] for name in ("title", "project_id", "due_date", "priority", "tags")
    }
    assert {k: task["recurrence"][k] for k in ("rrule", "anchor")} == draft["recurrence"]
    created_from_draft = client.post("/api/tasks", json=draft, headers=auth).get_json()
    assert created_from_draft["due_date"] == task["due_date"]


def test_fields_sent_win_over_the_text(client, auth):
    body = {
        "text": "buy milk p1 #home tomorrow 5pm every day",
        "priority": 3,
        "tags": ["shop"],
        "due_date": "2030-01-01T08:00:00Z",
    }
    task = client.post("/api/tasks", json=body, headers=auth).get_json()
    assert (task["title"], task["priority"], task["tags"], task["due_date"]) == (
        "buy milk", 3, ["shop"], "2030-01-01T08:00:00Z"
    )  # fmt: skip
    assert task["recurrence"]["rrule"] == "FREQ=DAILY"  # not sent: the text's


def test_title_and_text_exclude_each_other(client, auth):
    assert problem(client.post("/api/tasks", json={"title": "a", "text": "b"}, headers=auth)) == ["text"]
    assert problem(client.post("/api/tasks", json={"priority": 1}, headers=auth)) == ["title"]
    assert problem(client.post("/api/tasks", json={"text": " "}, headers=auth)) == ["text"]
    assert total(client, auth) == 0


def test_a_title_left_too_long_is_refused(client, auth):
    response = client.post("/api/tasks", json={"text": "word " * 50 + "tomorrow"}, headers=auth)
    assert problem(response) == ["text"]
    assert "200" in response.get_json()["errors"][0]["message"]


def test_reminders_in_the_text_need_a_due_date(client, auth):
    assert problem(client.post("/api/tasks", json={"text": "call remind 1h before"}, headers=auth)) == [
        "text"
    ]
    body = {"text": "call remind 1h before", "due_date": "2030-01-01T09:00:00Z"}
    task = client.post("/api/tasks", json=body, headers=auth).get_json()
    assert task["reminders"][0]["fire_at"] == "2030-01-01T08:00:00Z"


def test_a_subtask_stays_in_its_parents_project(client, auth):
    home = project(client, auth, "Home")
    parent = client.post("/api/tasks", json={"title": "parent"}, headers=auth).get_json()
    body = {"text": "child @home", "parent_id": parent["id"]}
    assert problem(client.post("/api/tasks", json=body, headers=auth)) == ["text"]
    child = client.post("/api/tasks", json={"text": "child p1", "parent_id": parent["id"]}, headers=auth)
    assert child.status_code == 201
    assert child.get_json()["project_id"] != home


def test_batch_takes_texts_and_titles(client, auth):
    body = {"tasks": [{"title": "plain"}, {"text": "milk tomorrow p1"}, {"text": "eggs #shop"}]}
    response = client.post("/api/tasks/batch", json=body, headers=auth)
    assert response.status_code == 201, response.get_json()
    items = response.get_json()["items"]
    assert [(t["title"], t["priority"], t["due_date"], t["tags"]) for t in items] == [
        ("plain", 2, None, []),
        ("milk", 4, "2026-03-12T09:00:00Z", []),
        ("eggs", 2, None, ["shop"]),
    ]


def test_batch_names_the_item_whose_text_fails(client, auth):
    body = {"tasks": [{"text": "fine"}, {"text": "call remind 1h before"}]}
    assert problem(client.post("/api/tasks/batch", json=body, headers=auth)) == ["tasks[1].text"]
    body = {"tasks": [{"text": "fine"}, {"text": "a", "title": "b"}]}
    assert problem(client.post("/api/tasks/batch", json=body, headers=auth)) == ["tasks[1].text"]
    assert total(client, auth) == 0


def test_a_retry_with_the_same_idempotency_key_replays_the_first_answer(client, auth, monkeypatch):
    headers = {**auth, "Idempotency-Key": "quick-add-1"}
    first = client.post("/api/tasks", json={"text": "call in 2 hours"}, headers=headers)
    monkeypatch.setattr(service, "utcnow", lambda: NOW.replace(hour=20))  # later: "in 2 hours" moved
    again = client.post("/api/tasks", json={"text": "call in 2 hours"}, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json() == first.get_json()
    assert first.get_json()["due_date"] == "2026-03-11T16:30:00Z"
    assert total(client, auth) == 1


def test_an_editor_names_a_shared_project_in_the_text(client, auth, user, token_for):
    owner_auth = bearer(token_for(UserFactory()))
    shared = project(client, owner_auth, "Launch")
    client.post(
        f"/api/projects/{shared}/members",
        json={"username": user.username, "role": "editor"},
        headers=owner_auth,
    )
    task = client.post(
        "/api/tasks", json={"text": "write the blog post @launch fri"}, headers=auth
    ).get_json()
    assert (task["project_id"], task["title"]) == (shared, "write the blog post")
