"""Assigning someone while their right to edit the project is being taken away, with real commits: whichever
commits first, no one ends up assigned who cannot edit the project."""

from __future__ import annotations

import threading
import time

from flask import Flask
from sqlalchemy import create_engine, text

from taskforge.assignees import service as assignees
from taskforge.projects import members
from tests.access.test_races import share

WAIT_S = 30


def wait_for_a_lock_wait(app: Flask) -> None:
    """Return once a session of the test database waits on a lock (the other request queued behind ours)."""
    engine = create_engine(app.config["SQLALCHEMY_DATABASE_URI"])
    deadline = time.monotonic() + WAIT_S
    try:
        with engine.connect() as connection:
            while time.monotonic() < deadline:
                waiting = connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
                if waiting:
                    return
                time.sleep(0.01)
    finally:
        engine.dispose()
    raise AssertionError("no request queued on the project's lock")


def test_an_assignment_checked_before_a_removal_commits_is_undone_by_it(
    base_app, committed_owner, monkeypatch
):
    ada, bob = committed_owner(base_app), committed_owner(base_app)
    project = share(base_app, ada, bob)
    real = assignees.editors_of

    def checked_then_removal_queues(*args):
        found = real(*args)
        if threading.current_thread().name == "assigner":
            remover.start()
            wait_for_a_lock_wait(base_app)  # the removal waits for this write's lock on the project
        return found

    monkeypatch.setattr(assignees, "editors_of", checked_then_removal_queues)
    answers: dict[str, int] = {}

    def assign() -> None:
        response = base_app.test_client().patch(
            ada.task_url, json={"assignee_ids": [bob.user_id]}, headers=ada.headers
        )
        answers["assign"] = response.status_code

    def remove() -> None:
        path = f"/api/projects/{project}/members/{bob.user_id}"
        answers["remove"] = base_app.test_client().delete(path, headers=ada.headers).status_code

    remover = threading.Thread(target=remove, name="remover")
    assigner = threading.Thread(target=assign, name="assigner")
    assigner.start()
    assigner.join(WAIT_S)
    remover.join(WAIT_S)
    assert answers == {"assign": 200, "remove": 204}
    task = base_app.test_client().get(ada.task_url, headers=ada.headers).get_json()
    assert task["assignees"] == []


def test_an_assignment_after_a_removal_took_the_lock_is_refused(base_app, committed_owner, monkeypatch):
    ada, bob = committed_owner(base_app), committed_owner(base_app)
    project = share(base_app, ada, bob)
    real = members.announce

    def removal_waits_for_the_assignment_to_queue(*args, **kwargs):
        if threading.current_thread().name == "remover":
            assigner.start()
            wait_for_a_lock_wait(base_app)  # the assignment waits for the removal's lock on the project
        return real(*args, **kwargs)

    monkeypatch.setattr(members, "announce", removal_waits_for_the_assignment_to_queue)
    answers: dict[str, object] = {}

    def assign() -> None:
        response = base_app.test_client().patch(
            ada.task_url, json={"assignee_ids": [bob.user_id]}, headers=ada.headers
        )
        answers["assign"] = response.status_code
        answers["body"] = response.get_json()

    def remove() -> None:
        path = f"/api/projects/{project}/members/{bob.user_id}"
        answers["remove"] = base_app.test_client().delete(path, headers=ada.headers).status_code

    assigner = threading.Thread(target=assign, name="assigner")
    remover = threading.Thread(target=remove, name="remover")
    remover.start()
    remover.join(WAIT_S)
    assigner.join(WAIT_S)
    assert (answers["remove"], answers["assign"]) == (204, 422), answers
    task = base_app.test_client().get(ada.task_url, headers=ada.headers).get_json()
    assert task["assignees"] == []
