"""/api/notifications: the inbox, newest first, with the unread count; marking read and unread; nobody
reaches another user's notifications."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from taskforge.extensions import db
from taskforge.notifications.models import Notification

URL = "/api/notifications"


@pytest.fixture
def inbox(user, other_user):
    """Five notifications of `user` (oldest first) and one of `other_user`."""
    now = datetime.now(UTC)
    rows = [
        Notification(
            user_id=user.id, task_id=i, kind="reminder", title=f"task {i}", fire_at=now, created_at=now
        )
        for i in range(1, 6)
    ]
    rows.append(
        Notification(user_id=other_user.id, task_id=99, kind="reminder", title="theirs", created_at=now)
    )
    db.session.add_all(rows)
    db.session.commit()
    return rows


def page(client, auth, query=""):
    response = client.get(URL + query, headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_newest_first_in_keyset_pages_with_the_unread_count(client, auth, inbox):
    first = page(client, auth, "?per_page=2")
    assert [n["title"] for n in first["items"]] == ["task 5", "task 4"]
    assert first["unread"] == 5
    second = page(client, auth, f"?per_page=2&after={first['next_after']}")
    third = page(client, auth, f"?per_page=2&after={second['next_after']}")
    assert [n["title"] for n in second["items"] + third["items"]] == ["task 3", "task 2", "task 1"]
    assert third["next_after"] is None
    item = first["items"][0]
    assert item.keys() == {
        "id", "kind", "task_id", "project_id", "team_id", "comment_id", "actor", "title", "due_date",
        "fire_at", "created_at", "read_at",
    }  # fmt: skip
    assert item["read_at"] is None


def test_marking_read_unread_and_all(client, auth, inbox):
    target = inbox[0].id
    read = client.patch(f"{URL}/{target}", json={"read": True}, headers=auth)
    assert read.status_code == 200
    first_read_at = read.get_json()["read_at"]
    assert first_read_at is not None
    again = client.patch(f"{URL}/{target}", json={"read": True}, headers=auth).get_json()
    assert again["read_at"] == first_read_at  # the first time it was read is kept
    assert page(client, auth)["unread"] == 4
    assert [n["id"] for n in page(client, auth, "?unread=false")["items"]] == [target]
    assert len(page(client, auth, "?unread=true")["items"]) == 4

    unread = client.patch(f"{URL}/{target}", json={"read": False}, headers=auth).get_json()
    assert unread["read_at"] is None
    marked = client.post(f"{URL}/read-all", headers=auth)
    assert marked.status_code == 200
    assert marked.get_json() == {"marked": 5}
    assert client.post(f"{URL}/read-all", headers=auth).get_json() == {"marked": 0}
    assert page(client, auth)["unread"] == 0


def test_another_users_notifications_are_invisible_and_untouchable(client, auth, other_auth, inbox):
    theirs = inbox[-1].id
    assert [n["title"] for n in page(client, auth)["items"]] == [f"task {i}" for i in range(5, 0, -1)]
    missing = client.patch(f"{URL}/{theirs}", json={"read": True}, headers=auth)
    assert missing.status_code == 404
    assert missing.mimetype == "application/problem+json"
    assert (
        client.patch(f"{URL}/{10**15}", json={"read": True}, headers=auth).get_json()["detail"]
        == (missing.get_json()["detail"])
    )
    client.post(f"{URL}/read-all", headers=auth)
    assert page(client, other_auth)["unread"] == 1


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("GET", URL, None), ("PATCH", f"{URL}/1", {"read": True}), ("POST", f"{URL}/read-all", None)],
)
def test_every_inbox_endpoint_needs_an_access_token(client, method, path, body):
    response = client.open(path, method=method, json=body)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("body", [{}, {"read": "yes"}, {"read": 1}, {"read": True, "extra": 1}])
def test_a_malformed_update_is_422(client, auth, inbox, body):
    response = client.patch(f"{URL}/{inbox[0].id}", json=body, headers=auth)
    assert response.status_code == 422


@pytest.mark.parametrize("query", ["?per_page=0", "?per_page=101", "?unread=maybe", "?after=0", "?after=x"])
def test_malformed_queries_are_422(client, auth, query):
    assert client.get(URL + query, headers=auth).status_code == 422


def test_timestamps_are_utc(client, auth, inbox):
    item = page(client, auth)["items"][0]
    assert item["created_at"].endswith("Z")
    assert datetime.fromisoformat(item["created_at"]) <= datetime.now(UTC) + timedelta(seconds=1)
