"""Sharing under concurrency, with real commits: two members editing one task, a member removed while their
reads are in flight, a task moved out of sight while it is read, and a role lowered while a write is on its
way to COMMIT."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from flask import Flask

from taskforge import unit_of_work
from tests.conftest import Owner
from tests.tasks.test_concurrency import run_together

WAIT_S = 30


def share(app: Flask, owner: Owner, member: Owner, role: str = "editor", name: str = "Shared") -> int:
    """A project of `owner`'s, shared with `member`, holding `owner`'s task."""
    client = app.test_client()
    project = client.post("/api/projects", json={"name": name}, headers=owner.headers).get_json()["id"]
    username = client.get("/api/auth/me", headers=member.headers).get_json()["username"]
    added = client.post(
        f"/api/projects/{project}/members", json={"username": username, "role": role}, headers=owner.headers
    )
    assert added.status_code == 201, added.get_json()
    moved = client.patch(owner.task_url, json={"project_id": project}, headers=owner.headers)
    assert moved.status_code == 200, moved.get_json()
    return project


@pytest.fixture
def pair(base_app: Flask, committed_owner) -> tuple[Owner, Owner, int]:
    ada, bob = committed_owner(base_app), committed_owner(base_app)
    return ada, bob, share(base_app, ada, bob)


def test_two_members_editing_one_version_one_wins(base_app, pair):
    ada, bob, _ = pair
    etag = base_app.test_client().get(ada.task_url, headers=ada.headers).headers["ETag"]
    people = [ada, bob] * 5
    outcomes = run_together(
        base_app,
        len(people),
        lambda client, i: client.patch(
            ada.task_url, json={"title": f"by {i}"}, headers={**people[i].headers, "If-Match": etag}
        ),
    )
    assert sorted(o.status for o in outcomes) == [200] + [412] * 9
    final = base_app.test_client().get(ada.task_url, headers=bob.headers).get_json()
    (winner,) = [o for o in outcomes if o.status == 200]
    assert (final["title"], final["version"]) == (winner.body["title"], int(etag.strip('"v')) + 1)


def read_until(
    stop: threading.Event, send: Callable[[], tuple[int, dict]]
) -> list[tuple[float, float, int, dict]]:
    """Call `send` in a loop until `stop`; each answer with the time its request started and ended."""
    seen: list[tuple[float, float, int, dict]] = []
    while not stop.is_set():
        started = time.monotonic()
        status, body = send()
        seen.append((started, time.monotonic(), status, body))
    return seen


@pytest.mark.parametrize("cached", [False, True], ids=["uncached", "cached"])
def test_nothing_is_served_to_a_member_after_their_removal_is_acknowledged(
    base_app, committed_owner, cached_app, cached
):
    app = cached_app if cached else base_app
    ada, bob = committed_owner(app), committed_owner(app)
    project = share(app, ada, bob)
    bob_id = app.test_client().get("/api/auth/me", headers=bob.headers).get_json()["id"]
    stop = threading.Event()
    results: list[list[tuple[float, float, int, dict]]] = [[] for _ in range(3)]

    def reader(slot: int) -> None:
        client = app.test_client()
        paths = [ada.task_url, "/api/tasks", f"/api/projects/{project}"]

        def send() -> tuple[int, dict]:
            response = client.get(paths[slot], headers=bob.headers)
            return response.status_code, response.get_json()

        results[slot] = read_until(stop, send)

    threads = [threading.Thread(target=reader, args=(slot,)) for slot in range(3)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)  # reads in flight, some of them cached
    sent = time.monotonic()
    removed = app.test_client().delete(f"/api/projects/{project}/members/{bob_id}", headers=ada.headers)
    acknowledged = time.monotonic()
    assert removed.status_code == 204
    time.sleep(0.3)
    stop.set()
    for thread in threads:
        thread.join(WAIT_S)
    for slot, seen in enumerate(results):
        before = [r for r in seen if r[1] < sent]  # overlapping reads may go either way
        after = [r for r in seen if r[0] > acknowledged]
        assert before, "no read finished before the removal"
        assert after, "no read started after the removal"
        assert all(status == 200 for _, _, status, _ in before), slot
        if slot == 1:  # the list: still answered, without the project's task
            assert all(ada.task_id not in [t["id"] for t in body["items"]] for _, _, _, body in after)
        else:
            assert {status for _, _, status, _ in after} == {404}, slot


def test_a_task_moved_out_of_sight_is_never_shown_in_its_new_project(base_app, committed_owner):
    """Bob sees project P only. Ada moves her task from P to her Inbox while Bob keeps reading it: each read
    shows it in P or is a 404; none shows where it went; every read that starts after the move is a 404."""
    ada, bob = committed_owner(base_app), committed_owner(base_app)
    project = share(base_app, ada, bob)
    inbox = base_app.test_client().get("/api/projects", headers=ada.headers).get_json()["items"][0]["id"]
    stop = threading.Event()
    seen: list[tuple[float, float, int, dict]] = []

    def reader() -> None:
        client = base_app.test_client()

        def send() -> tuple[int, dict]:
            response = client.get(ada.task_url, headers=bob.headers)
            return response.status_code, response.get_json()

        seen.extend(read_until(stop, send))

    thread = threading.Thread(target=reader)
    thread.start()
    time.sleep(0.2)
    moved = base_app.test_client().patch(ada.task_url, json={"project_id": inbox}, headers=ada.headers)
    acknowledged = time.monotonic()
    assert moved.status_code == 200
    time.sleep(0.2)
    stop.set()
    thread.join(WAIT_S)
    assert all(body["project_id"] == project for _, _, status, body in seen if status == 200)
    assert {status for started, _, status, _ in seen if started > acknowledged} == {404}
    assert any(status == 200 for _, _, status, _ in seen)


def test_a_role_lowered_while_a_write_is_on_its_way_refuses_it(base_app, pair, monkeypatch):
    """Bob's PATCH passed its access check; before it commits, Ada makes him a viewer (and that commits). At
    COMMIT the write finds the project's grants changed, checks again under the project's lock, and is
    refused: a write never lands on a role its author no longer has."""
    ada, bob, project = pair
    bob_id = base_app.test_client().get("/api/auth/me", headers=bob.headers).get_json()["id"]
    checked, demoted = threading.Event(), threading.Event()
    real = unit_of_work._number_and_bump

    def hold(*args):  # the write has checked access; let the demotion commit first
        if threading.current_thread().name == "writer":
            checked.set()
            assert demoted.wait(WAIT_S)
        return real(*args)

    monkeypatch.setattr(unit_of_work, "_number_and_bump", hold)
    answer: dict[str, object] = {}

    def writer() -> None:
        response = base_app.test_client().patch(ada.task_url, json={"title": "too late"}, headers=bob.headers)
        answer.update(status=response.status_code, body=response.get_json())

    thread = threading.Thread(target=writer, name="writer")
    thread.start()
    assert checked.wait(WAIT_S)
    lowered = base_app.test_client().patch(
        f"/api/projects/{project}/members/{bob_id}", json={"role": "viewer"}, headers=ada.headers
    )
    assert lowered.status_code == 200
    demoted.set()
    thread.join(WAIT_S)
    assert answer["status"] == 403, answer
    assert base_app.test_client().get(ada.task_url, headers=ada.headers).get_json()["title"] == "original"


def test_a_write_that_still_may_goes_through_a_grant_change(base_app, committed_owner, monkeypatch):
    """The project's grants changed (someone else was added) while Bob's write was on its way: checked again,
    his role still allows it, so it commits."""
    ada, bob, cy = committed_owner(base_app), committed_owner(base_app), committed_owner(base_app)
    project = share(base_app, ada, bob)
    cy_name = base_app.test_client().get("/api/auth/me", headers=cy.headers).get_json()["username"]
    checked, changed = threading.Event(), threading.Event()
    real = unit_of_work._number_and_bump

    def hold(*args):
        if threading.current_thread().name == "writer":
            checked.set()
            assert changed.wait(WAIT_S)
        return real(*args)

    monkeypatch.setattr(unit_of_work, "_number_and_bump", hold)
    answer: dict[str, int] = {}
    thread = threading.Thread(
        target=lambda: answer.update(
            status=base_app.test_client()
            .patch(ada.task_url, json={"title": "still mine"}, headers=bob.headers)
            .status_code
        ),
        name="writer",
    )
    thread.start()
    assert checked.wait(WAIT_S)
    added = base_app.test_client().post(
        f"/api/projects/{project}/members", json={"username": cy_name, "role": "viewer"}, headers=ada.headers
    )
    assert added.status_code == 201
    changed.set()
    thread.join(WAIT_S)
    assert answer["status"] == 200
    assert base_app.test_client().get(ada.task_url, headers=cy.headers).get_json()["title"] == "still mine"
