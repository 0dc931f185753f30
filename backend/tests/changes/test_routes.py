"""/api/changes: every change to what the caller may see, each stream numbered in commit order without gaps,
each entry carrying the task as it is now (or a tombstone); nothing from writes that failed or rolled back;
410 for a cursor whose changes were pruned or that is not one of this server's; nobody sees another's."""

from __future__ import annotations

from datetime import timedelta

import pytest

from taskforge.changes.service import prune
from tests.factories import inbox_of
from tests.tasks.test_concurrency import run_together

URL = "/api/changes"


def make(client, auth, **fields):
    response = client.post("/api/tasks", json={"title": "t", **fields}, headers=auth)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def cursor(client, auth) -> str:
    return client.get(URL, headers=auth).get_json()["cursor"]


def feed(client, auth, since: str, limit=None) -> dict:
    response = client.get(
        URL, query_string={"since": since, **({"limit": limit} if limit else {})}, headers=auth
    )
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def actions(page) -> list[tuple[int, str]]:
    return [(change["id"], change["action"]) for change in page["items"]]


def test_without_a_cursor_the_answer_is_the_current_cursor(client, auth, user):
    inbox = inbox_of(user)
    assert client.get(URL, headers=auth).get_json() == {"items": [], "cursor": f"{inbox}.0", "more": False}
    make(client, auth)
    assert client.get(URL, headers=auth).get_json() == {"items": [], "cursor": f"{inbox}.1", "more": False}


def test_every_kind_of_change_in_commit_order_with_the_task_as_it_is_now(client, auth, user):
    start = cursor(client, auth)
    parent = make(client, auth, title="parent")
    child = make(client, auth, title="child", parent_id=parent["id"])
    other = make(client, auth, title="other")
    client.patch(f"/api/tasks/{other['id']}", json={"title": "renamed"}, headers=auth)
    client.post(f"/api/tasks/{other['id']}/move", json={"before_id": parent["id"]}, headers=auth)
    client.patch(f"/api/tasks/{other['id']}", json={"completed": True}, headers=auth)
    client.delete(f"/api/tasks/{parent['id']}", headers=auth)

    page = feed(client, auth, start)

    assert actions(page) == [
        (parent["id"], "create"),
        (child["id"], "create"),
        (other["id"], "create"),
        (other["id"], "update"),
        (other["id"], "move"),
        (other["id"], "complete"),
        (parent["id"], "delete"),
        (child["id"], "delete"),  # deleted with its parent
    ]
    inbox = inbox_of(user)
    assert [change["seq"] for change in page["items"]] == list(range(1, 9))
    assert {change["project_id"] for change in page["items"]} == {inbox}
    assert {change["actor_id"] for change in page["items"]} == {user.id}
    now = client.get(f"/api/tasks/{other['id']}", headers=auth).get_json()
    assert [c["task"] for c in page["items"] if c["id"] == other["id"]] == [now] * 4  # as it is now
    tombstones = [c for c in page["items"] if c["id"] in (parent["id"], child["id"])]
    assert all(c["deleted"] is True and c["task"] is None for c in tombstones)
    assert page["cursor"] == f"{inbox}.8"
    assert page["more"] is False
    assert feed(client, auth, page["cursor"])["items"] == []


def test_pages_follow_the_cursor(client, auth, user):
    start = cursor(client, auth)
    client.post("/api/tasks/batch", json={"tasks": [{"title": str(i)} for i in range(5)]}, headers=auth)
    first = feed(client, auth, start, limit=2)
    inbox = inbox_of(user)
    assert (len(first["items"]), first["cursor"], first["more"]) == (2, f"{inbox}.2", True)
    rest = feed(client, auth, first["cursor"], limit=10)
    assert [change["seq"] for change in rest["items"]] == [3, 4, 5]
    assert rest["more"] is False


def test_failed_and_rolled_back_writes_leave_no_change(client, auth):
    start = cursor(client, auth)
    task = make(client, auth)
    assert client.patch(f"/api/tasks/{task['id']}", json={"title": ""}, headers=auth).status_code == 422
    stale = client.patch(
        f"/api/tasks/{task['id']}", json={"title": "x"}, headers={**auth, "If-Match": '"v9"'}
    )
    assert stale.status_code == 412
    bad_batch = {"tasks": [{"title": "ok"}, {"title": "x", "parent_id": 10**12}]}
    assert client.post("/api/tasks/batch", json=bad_batch, headers=auth).status_code == 422
    document = {"format": "taskforge", "version": 1, "tasks": [{"id": 1, "title": "imported"}]}
    assert client.post("/api/import?dry_run=true", json=document, headers=auth).status_code == 200
    assert client.patch(f"/api/tasks/{task['id']}", json={"title": "t"}, headers=auth).status_code == 200
    page = feed(client, auth, start)
    assert actions(page) == [(task["id"], "create")]  # the no-op update changed nothing either
    assert client.post("/api/import", json=document, headers=auth).status_code == 201
    assert [change["action"] for change in feed(client, auth, page["cursor"])["items"]] == ["create"]


def test_renaming_a_tag_changes_its_tasks(client, auth):
    tagged = make(client, auth, tags=["work"])
    make(client, auth)
    start = cursor(client, auth)
    tag_id = client.get("/api/tags", headers=auth).get_json()["items"][0]["id"]
    client.patch(f"/api/tags/{tag_id}", json={"name": "job"}, headers=auth)
    page = feed(client, auth, start)
    assert actions(page) == [(tagged["id"], "update")]
    assert page["items"][0]["task"]["tags"] == ["job"]


def test_a_cursor_past_the_pruned_changes_is_410(client, auth, app, user):
    start = cursor(client, auth)
    make(client, auth)
    make(client, auth)
    with app.app_context():
        assert prune(retention=timedelta(0)) >= 2
    gone = client.get(URL, query_string={"since": start}, headers=auth)
    assert gone.status_code == 410
    assert gone.mimetype == "application/problem+json"
    assert "reload" in gone.get_json()["detail"]
    now = cursor(client, auth)
    assert now == f"{inbox_of(user)}.2"
    assert feed(client, auth, now) == {"items": [], "cursor": now, "more": False}
    make(client, auth)
    assert [change["seq"] for change in feed(client, auth, now)["items"]] == [3]


def test_a_cursor_from_the_future_is_410(client, auth, user):
    make(client, auth)
    assert client.get(URL, query_string={"since": f"{inbox_of(user)}.2"}, headers=auth).status_code == 410


def test_nobody_sees_another_users_changes(client, auth, other_auth, user):
    others = cursor(client, other_auth)
    make(client, auth)
    assert feed(client, other_auth, others)["items"] == []
    # A cursor over the first user's Inbox means nothing to the other: they just read their own streams.
    theirs = feed(client, other_auth, f"{inbox_of(user)}.0")
    assert theirs["items"] == []
    assert str(inbox_of(user)) not in theirs["cursor"]


@pytest.mark.parametrize(
    "query",
    [
        "?since=-1",
        "?since=x",
        "?since=1.2.3",
        "?since=01.2",
        "?limit=0",
        "?limit=1001",
        "?since=1.1&since=2.2",
    ],
)
def test_malformed_queries_are_422(client, auth, query):
    assert client.get(URL + query, headers=auth).status_code == 422


def test_a_cursor_naming_a_project_twice_is_410(client, auth, user):
    inbox = inbox_of(user)
    assert client.get(URL, query_string={"since": f"{inbox}.0-{inbox}.0"}, headers=auth).status_code == 410


def test_concurrent_writers_get_contiguous_numbers(base_app, committed_owner):
    owner = committed_owner(base_app)
    client = base_app.test_client()
    start = client.get(URL, headers=owner.headers).get_json()["cursor"]
    outcomes = run_together(
        base_app,
        12,
        lambda client, i: client.post("/api/tasks", json={"title": str(i)}, headers=owner.headers),
    )
    assert [outcome.status for outcome in outcomes] == [201] * 12
    page = client.get(URL, query_string={"since": start}, headers=owner.headers).get_json()
    assert [change["seq"] for change in page["items"]] == list(range(1, 13))
    assert sorted(change["id"] for change in page["items"]) == sorted(o.body["id"] for o in outcomes)


def test_a_delivered_reminder_is_a_change_of_its_person_alone(client, auth, user):
    from taskforge.worker.queue import Policy, claim, deliver

    task = make(client, auth, reminders=[{"at": "2020-01-01T00:00:00Z"}])
    start = cursor(client, auth)
    policy = Policy(
        worker_id="w", lease=timedelta(seconds=60), late_after=timedelta(days=9999), email_max_attempts=1
    )
    (claimed,) = claim(policy=policy, limit=10)
    deliver(claimed, policy=policy, post=None)
    page = feed(client, auth, start)
    assert actions(page) == [(task["id"], "reminder")]
    assert page["items"][0]["task"]["reminders"][0]["sent_at"] is not None
