"""The audit history: every create, update, complete, move and delete, in the same transaction as the change,
kept after the task is deleted, oldest or newest first, and nobody sees another user's events."""

from __future__ import annotations

import pytest


def make(client, auth, **fields):
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def history(client, auth, task_id, query=""):
    response = client.get(f"/api/tasks/{task_id}/history{query}", headers=auth)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_every_change_is_recorded_and_kept_after_the_delete(client, auth):
    created = client.post("/api/tasks", json={"title": "draft", "tags": ["work"]}, headers=auth)
    task = created.get_json()
    other = make(client, auth, title="other")
    patched = client.patch(f"/api/tasks/{task['id']}", json={"title": "final", "priority": 3}, headers=auth)
    client.patch(f"/api/tasks/{task['id']}", json={"completed": True}, headers=auth)
    client.post(f"/api/tasks/{task['id']}/move", json={"after_id": other["id"]}, headers=auth)
    client.delete(f"/api/tasks/{task['id']}", headers=auth)

    events = history(client, auth, task["id"])["items"]

    assert [e["action"] for e in events] == ["create", "update", "complete", "move", "delete"]
    assert events[0]["changes"]["title"] == [None, "draft"]
    assert events[0]["changes"]["tags"] == [None, ["work"]]
    assert events[0]["request_id"] == created.headers["X-Request-ID"]
    assert events[1]["changes"] == {"title": ["draft", "final"], "priority": [2, 3]}
    assert events[1]["request_id"] == patched.headers["X-Request-ID"]
    assert events[2]["changes"] == {"completed": [False, True]}
    assert list(events[3]["changes"]) == ["position"]
    assert events[4]["changes"]["title"] == ["final", None]
    assert all(e["task_id"] == task["id"] for e in events)


def test_a_change_that_changes_nothing_or_fails_records_nothing(client, auth):
    task = make(client, auth, title="same")
    client.patch(f"/api/tasks/{task['id']}", json={"title": "same"}, headers=auth)
    stale = client.patch(
        f"/api/tasks/{task['id']}", json={"title": "x"}, headers={**auth, "If-Match": '"v9"'}
    )
    assert stale.status_code == 412
    bad_batch = {"tasks": [{"title": "fine"}, {"title": "x" * 201}]}
    assert client.post("/api/tasks/batch", json=bad_batch, headers=auth).status_code == 422
    assert [e["action"] for e in client.get("/api/audit", headers=auth).get_json()["items"]] == ["create"]


def test_cascaded_subtasks_and_recurring_followers_are_recorded(client, auth):
    parent = make(client, auth, due_date="2030-01-07T09:00:00Z", recurrence={"rrule": "FREQ=DAILY"})
    child = make(client, auth, parent_id=parent["id"])
    client.patch(f"/api/tasks/{parent['id']}", json={"completed": True}, headers=auth)
    actions = [
        (e["task_id"], e["action"])
        for e in client.get("/api/audit?action=create", headers=auth).get_json()["items"]
    ]
    assert len(actions) == 4  # parent, child, the next occurrence and its copy of the child
    client.delete(f"/api/tasks/{parent['id']}", headers=auth)
    assert history(client, auth, child["id"])["items"][-1]["action"] == "delete"


def test_the_log_filters_and_pages(client, auth):
    first = make(client, auth, title="a")
    make(client, auth, title="b")
    client.patch(f"/api/tasks/{first['id']}", json={"title": "a2"}, headers=auth)

    everything = client.get("/api/audit", headers=auth).get_json()
    assert [e["action"] for e in everything["items"]] == ["create", "create", "update"]
    assert everything["next_after"] is None
    one = client.get(f"/api/audit?task_id={first['id']}", headers=auth).get_json()["items"]
    assert [e["action"] for e in one] == ["create", "update"]
    updates = client.get("/api/audit?action=update", headers=auth).get_json()["items"]
    assert [e["task_id"] for e in updates] == [first["id"]]
    page = client.get("/api/audit?per_page=2", headers=auth).get_json()
    rest = client.get(f"/api/audit?per_page=2&after={page['next_after']}", headers=auth).get_json()
    assert [e["id"] for e in page["items"] + rest["items"]] == [e["id"] for e in everything["items"]]
    assert client.get("/api/audit?since=2999-01-01T00:00:00Z", headers=auth).get_json()["items"] == []
    assert len(client.get("/api/audit?until=2999-01-01T00:00:00Z", headers=auth).get_json()["items"]) == 3
    for bad in ("action=erase", "per_page=0", "after=0", "since=yesterday", "task_id=abc", "colour=red"):
        assert client.get(f"/api/audit?{bad}", headers=auth).status_code == 422, bad


def test_nobody_sees_another_users_history(client, auth, other_auth):
    task = make(client, auth)
    client.delete(f"/api/tasks/{task['id']}", headers=auth)
    assert client.get(f"/api/tasks/{task['id']}/history", headers=other_auth).status_code == 404
    assert client.get("/api/audit", headers=other_auth).get_json()["items"] == []
    assert client.get(f"/api/audit?task_id={task['id']}", headers=other_auth).get_json()["items"] == []
    assert client.get("/api/tasks/999999999/history", headers=auth).status_code == 404


def pages(client, auth, url, query):
    """Every page of `url` in turn, following `next_after`: each page's ids, and each page's `next_after`."""
    ids, cursors, after = [], [], ""
    while True:
        page = client.get(f"{url}?{query}{after}", headers=auth)
        assert page.status_code == 200, page.get_json()
        body = page.get_json()
        ids.append([e["id"] for e in body["items"]])
        cursors.append(body["next_after"])
        if body["next_after"] is None:
            return ids, cursors
        after = f"&after={body['next_after']}"


def seven_events(client, auth, other_auth):
    """Seven events of one task of the caller's, with the other user's events made in between."""
    task = make(client, auth, title="v0")
    for n in range(1, 7):
        make(client, other_auth, title=f"theirs {n}")
        client.patch(f"/api/tasks/{task['id']}", json={"title": f"v{n}"}, headers=auth)
    return task


@pytest.mark.parametrize("path", ["/api/audit", "/api/tasks/{id}/history"])
def test_newest_first_pages_without_gap_or_duplicate(client, auth, other_auth, path):
    task = seven_events(client, auth, other_auth)
    url = path.format(id=task["id"])
    oldest_first = [e["id"] for e in client.get(url, headers=auth).get_json()["items"]]
    assert len(oldest_first) == 7
    assert oldest_first == sorted(oldest_first)

    newest = client.get(f"{url}?order=desc", headers=auth).get_json()
    assert [e["id"] for e in newest["items"]] == oldest_first[::-1]
    assert [e["changes"]["title"][1] for e in newest["items"]] == [f"v{n}" for n in range(6, -1, -1)]
    assert newest["next_after"] is None

    ids, cursors = pages(client, auth, url, "order=desc&per_page=3")
    assert ids == [oldest_first[6:3:-1], oldest_first[3:0:-1], oldest_first[:1]]
    # next_after is the last (smallest) id of its page, and null on the last page.
    assert cursors == [oldest_first[4], oldest_first[1], None]


@pytest.mark.parametrize("path", ["/api/audit", "/api/tasks/{id}/history"])
def test_oldest_first_stays_the_default(client, auth, other_auth, path):
    task = seven_events(client, auth, other_auth)
    url = path.format(id=task["id"])
    default, cursors = pages(client, auth, url, "per_page=3")
    explicit, _ = pages(client, auth, url, "order=asc&per_page=3")
    assert default == explicit
    flat = [n for page in default for n in page]
    assert flat == sorted(flat)
    assert len(flat) == 7
    assert [len(page) for page in default] == [3, 3, 1]
    assert cursors == [default[0][-1], default[1][-1], None]


@pytest.mark.parametrize("path", ["/api/audit", "/api/tasks/{id}/history"])
def test_after_beyond_the_end_is_an_empty_last_page(client, auth, other_auth, path):
    task = seven_events(client, auth, other_auth)
    url = path.format(id=task["id"])
    ids = [e["id"] for e in client.get(url, headers=auth).get_json()["items"]]
    for query in (f"order=desc&after={min(ids)}", "order=desc&after=1", f"order=asc&after={max(ids)}"):
        body = client.get(f"{url}?{query}", headers=auth).get_json()
        assert body == {"items": [], "next_after": None}, query
    # An `after` past the newest event starts at the newest, as the first page does.
    beyond = client.get(f"{url}?order=desc&after=9223372036854775807", headers=auth).get_json()
    assert [e["id"] for e in beyond["items"]] == ids[::-1]


@pytest.mark.parametrize("path", ["/api/audit", "/api/tasks/{id}/history"])
@pytest.mark.parametrize("order", ["sideways", "DESC", "", "asc&order=desc", "1"])
def test_an_unknown_order_is_422_naming_it(client, auth, path, order):
    task = make(client, auth)
    response = client.get(f"{path.format(id=task['id'])}?order={order}", headers=auth)
    assert response.status_code == 422, response.get_json()
    assert response.mimetype == "application/problem+json"
    assert [error["field"] for error in response.get_json()["errors"]] == ["order"]


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_nobody_sees_another_users_events_in_either_order(client, auth, other_auth, order):
    task = seven_events(client, auth, other_auth)
    mine, _ = pages(client, auth, "/api/audit", f"order={order}&per_page=2")
    theirs, _ = pages(client, other_auth, "/api/audit", f"order={order}&per_page=2")
    mine_flat, theirs_flat = {n for p in mine for n in p}, {n for p in theirs for n in p}
    assert len(mine_flat) == 7
    assert len(theirs_flat) == 6
    assert not mine_flat & theirs_flat
    # Their cursor taken from my ids (and mine into theirs) still lists only their own events.
    for after in (max(mine_flat) + 1, max(mine_flat)):
        seen = client.get(f"/api/audit?order={order}&after={after}", headers=other_auth).get_json()["items"]
        assert {e["id"] for e in seen} <= theirs_flat
    history = client.get(f"/api/tasks/{task['id']}/history?order={order}", headers=other_auth)
    assert history.status_code == 404
    by_task = client.get(f"/api/audit?order={order}&task_id={task['id']}", headers=other_auth)
    assert by_task.get_json() == {"items": [], "next_after": None}
