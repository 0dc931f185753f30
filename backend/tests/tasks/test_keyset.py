"""Keyset pagination: walking `next_cursor` visits every task exactly once, in the same order as pages do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

T0 = datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture
def many(user, task_factory):
    tasks = []
    for index in range(23):
        tasks.append(
            task_factory(
                user=user,
                title=f"task {index % 5}",  # ties on title
                priority=1 + index % 4,  # ties on priority
                created_at=T0 + timedelta(hours=index // 3),  # ties on created_at
                due_date=None if index % 4 == 0 else T0 + timedelta(days=index % 6),  # ties and nulls
            )
        )
    return tasks


def _walk(client, auth, **params) -> list[int]:
    seen: list[int] = []
    body = client.get("/api/tasks", query_string={**params, "per_page": 5}, headers=auth).get_json()
    for _ in range(20):
        seen += [item["id"] for item in body["items"]]
        if body["next_cursor"] is None:
            return seen
        body = client.get(
            "/api/tasks", query_string={**params, "per_page": 5, "after": body["next_cursor"]}, headers=auth
        ).get_json()
        assert body["page"] is None
    raise AssertionError("the cursor walk did not end")


@pytest.mark.parametrize("sort", ["created_at", "updated_at", "due_date", "priority", "title"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_cursor_walk_matches_the_full_ordering(client, auth, many, sort, order):
    everything = client.get(
        "/api/tasks", query_string={"sort": sort, "order": order, "per_page": 100}, headers=auth
    ).get_json()
    expected = [item["id"] for item in everything["items"]]
    assert len(expected) == len(many)
    assert _walk(client, auth, sort=sort, order=order) == expected


def test_cursor_walk_respects_filters(client, auth, many):
    walked = _walk(client, auth, priority=2, sort="title", order="asc")
    assert walked
    assert {t.id for t in many if t.priority == 2} == set(walked)


@pytest.mark.parametrize(
    ("after", "extra"),
    [
        ("not-a-cursor", {}),
        ("eyJzIjoidGl0bGUifQ", {}),  # {"s":"title"}: no value or id
        ("e30", {}),  # {}
    ],
)
def test_bad_cursors_are_422(client, auth, many, after, extra):
    response = client.get("/api/tasks", query_string={"after": after, **extra}, headers=auth)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "after"


def test_cursor_from_another_order_is_refused(client, auth, many):
    first = client.get("/api/tasks", query_string={"sort": "title", "per_page": 5}, headers=auth).get_json()
    response = client.get(
        "/api/tasks", query_string={"sort": "priority", "after": first["next_cursor"]}, headers=auth
    )
    assert response.status_code == 422
    assert "another sort" in response.get_json()["errors"][0]["message"]


def test_page_and_cursor_together_are_refused(client, auth, many):
    first = client.get("/api/tasks", query_string={"per_page": 5}, headers=auth).get_json()
    response = client.get("/api/tasks", query_string={"page": 2, "after": first["next_cursor"]}, headers=auth)
    assert response.status_code == 422


def test_last_page_has_no_cursor(client, auth, many):
    body = client.get("/api/tasks", query_string={"per_page": 100}, headers=auth).get_json()
    assert body["next_cursor"] is None
