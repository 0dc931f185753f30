"""Comments: the thread of a task (keyset pages, oldest first), writing as a viewer, editing only one's own,
deleting one's own or as an admin; each in the change feed and the task's history; gone with their task."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.factories import UserFactory


@pytest.fixture
def crew(app, token_for, client):
    """Ada owns a project with a task; Ed is an admin, Bob an editor, Vi a viewer; Out has no access."""
    users = {name: UserFactory() for name in ("ada", "ed", "bob", "vi", "out")}
    h = {name: bearer(token_for(user)) for name, user in users.items()}
    project = client.post("/api/projects", json={"name": "Talk"}, headers=h["ada"]).get_json()["id"]
    for name, role in (("ed", "admin"), ("bob", "editor"), ("vi", "viewer")):
        body = {"username": users[name].username, "role": role}
        assert client.post(f"/api/projects/{project}/members", json=body, headers=h["ada"]).status_code == 201
    task = client.post("/api/tasks", json={"title": "t", "project_id": project}, headers=h["ada"]).get_json()
    return users, h, project, task["id"]


def post(client, headers, task_id, text="hello"):
    return client.post(f"/api/tasks/{task_id}/comments", json={"text": text}, headers=headers)


def thread(client, headers, task_id, **query):
    response = client.get(f"/api/tasks/{task_id}/comments", query_string=query, headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_a_viewer_comments_and_everyone_in_the_project_reads_it(client, crew):
    users, h, _, task_id = crew
    text = "  **Done?**\n\n- [ ] check <script>alert(1)</script> `x`  "
    created = post(client, h["vi"], task_id, text)
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert body == {
        "id": body["id"],
        "task_id": task_id,
        "author": {"id": users["vi"].id, "username": users["vi"].username},
        "text": text,  # as written
        "created_at": body["created_at"],
        "edited_at": None,
        "version": 1,
    }
    assert created.headers["Location"].endswith(f"/api/comments/{body['id']}")
    assert created.headers["ETag"] == '"v1"'
    for reader in ("ada", "ed", "bob", "vi"):
        assert thread(client, h[reader], task_id) == {"items": [body], "next_after": None}
    assert client.get(f"/api/comments/{body['id']}", headers=h["bob"]).get_json() == body
    assert client.get(f"/api/tasks/{task_id}/comments", headers=h["out"]).status_code == 404
    assert client.get(f"/api/comments/{body['id']}", headers=h["out"]).status_code == 404


def test_the_thread_pages_oldest_first(client, crew):
    _, h, _, task_id = crew
    ids = [post(client, h["bob"], task_id, f"c{i}").get_json()["id"] for i in range(5)]
    first = thread(client, h["ada"], task_id, per_page=2)
    assert [c["id"] for c in first["items"]] == ids[:2]
    second = thread(client, h["ada"], task_id, per_page=2, after=first["next_after"])
    third = thread(client, h["ada"], task_id, per_page=2, after=second["next_after"])
    assert [c["id"] for c in second["items"] + third["items"]] == ids[2:]
    assert third["next_after"] is None


@pytest.mark.parametrize(
    "text", ["", "   \n\t", "a" * 10_001, "nul\u0000", None, 5, ["x"]], ids=lambda v: repr(v)[:12]
)
def test_bad_text_is_422(client, crew, text):
    _, h, _, task_id = crew
    response = post(client, h["ada"], task_id, text)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["errors"][0]["field"] == "text"
    assert thread(client, h["ada"], task_id)["items"] == []


def test_ten_thousand_characters_and_unknown_fields(client, crew):
    _, h, _, task_id = crew
    assert post(client, h["ada"], task_id, "é" * 10_000).status_code == 201
    extra = client.post(f"/api/tasks/{task_id}/comments", json={"text": "x", "pin": 1}, headers=h["ada"])
    assert extra.status_code == 422


def test_only_the_author_edits(client, crew):
    _, h, _, task_id = crew
    comment = post(client, h["bob"], task_id, "first").get_json()
    url = f"/api/comments/{comment['id']}"
    for other in ("ada", "ed", "vi"):
        refused = client.patch(url, json={"text": "hijacked"}, headers=h[other])
        assert refused.status_code == 403, other
    assert client.patch(url, json={"text": "x"}, headers=h["out"]).status_code == 404
    stale = client.patch(url, json={"text": "second"}, headers={**h["bob"], "If-Match": '"v9"'})
    assert stale.status_code == 412
    edited = client.patch(url, json={"text": "second"}, headers={**h["bob"], "If-Match": '"v1"'})
    assert edited.status_code == 200
    body = edited.get_json()
    assert (body["text"], body["version"], edited.headers["ETag"]) == ("second", 2, '"v2"')
    assert body["edited_at"] is not None
    same = client.patch(url, json={"text": "second"}, headers=h["bob"])
    assert same.get_json()["version"] == 2  # nothing changed


@pytest.mark.parametrize(("deleter", "status"), [("bob", 204), ("ed", 204), ("ada", 204), ("vi", 403)])
def test_the_author_or_an_admin_deletes(client, crew, deleter, status):
    _, h, _, task_id = crew
    comment = post(client, h["bob"], task_id).get_json()
    response = client.delete(f"/api/comments/{comment['id']}", headers=h[deleter])
    assert response.status_code == status
    remaining = thread(client, h["ada"], task_id)["items"]
    assert (remaining == []) is (status == 204)


def test_a_viewer_deletes_their_own_but_nothing_in_an_archived_project(client, crew):
    _, h, project, task_id = crew
    mine = post(client, h["vi"], task_id).get_json()
    assert client.delete(f"/api/comments/{mine['id']}", headers=h["vi"]).status_code == 204
    kept = post(client, h["vi"], task_id).get_json()
    archived = client.patch(f"/api/projects/{project}", json={"archived": True}, headers=h["ada"])
    assert archived.status_code == 200
    assert post(client, h["vi"], task_id).status_code == 403
    url = f"/api/comments/{kept['id']}"
    assert client.patch(url, json={"text": "x"}, headers=h["vi"]).status_code == 403
    assert client.delete(url, headers=h["vi"]).status_code == 403
    assert thread(client, h["vi"], task_id)["items"] == [kept]


def test_comments_are_in_the_history_and_the_change_feed(client, crew):
    users, h, _, task_id = crew
    cursor = client.get("/api/changes", headers=h["ada"]).get_json()["cursor"]
    comment = post(client, h["bob"], task_id, "one").get_json()
    client.patch(f"/api/comments/{comment['id']}", json={"text": "two"}, headers=h["bob"])
    client.delete(f"/api/comments/{comment['id']}", headers=h["ed"])
    events = client.get(f"/api/tasks/{task_id}/history", headers=h["vi"]).get_json()["items"]
    said = [
        (e["action"], e["actor"]["id"], e["changes"]) for e in events if e["action"].startswith("comment")
    ]
    assert said == [
        ("comment", users["bob"].id, {"comment": [None, "one"]}),
        ("comment_edit", users["bob"].id, {"comment": ["one", "two"]}),
        ("comment_delete", users["ed"].id, {"comment_id": [comment["id"], None]}),  # its text is not kept
    ]
    feed = client.get("/api/changes", query_string={"since": cursor}, headers=h["vi"]).get_json()
    seen = [(c["kind"], c["action"], c["id"], c["deleted"]) for c in feed["items"]]
    assert seen == [
        ("comment", "create", comment["id"], True),
        ("comment", "edit", comment["id"], True),
        ("comment", "delete", comment["id"], True),
    ]  # the comment is gone now: each entry is its tombstone


def test_the_feed_carries_the_comment_as_it_is_now(client, crew):
    _, h, _, task_id = crew
    cursor = client.get("/api/changes", headers=h["ada"]).get_json()["cursor"]
    comment = post(client, h["bob"], task_id, "hello").get_json()
    feed = client.get("/api/changes", query_string={"since": cursor}, headers=h["vi"]).get_json()
    (entry,) = feed["items"]
    assert (entry["kind"], entry["deleted"], entry["comment"]) == ("comment", False, comment)
    outsider = client.get("/api/changes", headers=h["out"]).get_json()["items"]
    assert all(item["kind"] != "comment" for item in outsider)


def test_deleting_the_task_deletes_its_comments(client, crew):
    _, h, _, task_id = crew
    comment = post(client, h["bob"], task_id).get_json()
    assert client.delete(f"/api/tasks/{task_id}", headers=h["ada"]).status_code == 204
    assert client.get(f"/api/comments/{comment['id']}", headers=h["ada"]).status_code == 404
    assert client.get(f"/api/tasks/{task_id}/comments", headers=h["ada"]).status_code == 404


def test_a_comment_replayed_with_its_idempotency_key_is_written_once(client, crew):
    _, h, _, task_id = crew
    headers = {**h["bob"], "Idempotency-Key": "comment-1"}
    first = client.post(f"/api/tasks/{task_id}/comments", json={"text": "once"}, headers=headers)
    again = client.post(f"/api/tasks/{task_id}/comments", json={"text": "once"}, headers=headers)
    assert (first.status_code, again.status_code) == (201, 201)
    assert first.get_json() == again.get_json()
    assert len(thread(client, h["ada"], task_id)["items"]) == 1


@pytest.mark.parametrize(
    "path", ["/api/comments/0", "/api/comments/-1", "/api/comments/abc", "/api/comments/1" + "0" * 19]
)
def test_odd_ids_are_404(client, crew, path):
    _, h, _, _ = crew
    assert client.get(path, headers=h["ada"]).status_code == 404
    assert client.patch(path, json={"text": "x"}, headers=h["ada"]).status_code == 404
    assert client.delete(path, headers=h["ada"]).status_code == 404
