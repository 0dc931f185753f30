"""The audit history: every create, update, complete, move and delete, in the same transaction as the change,
kept after the task is deleted, and nobody sees another user's events."""

from __future__ import annotations


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
