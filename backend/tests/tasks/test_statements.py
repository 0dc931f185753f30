"""Reads cost a fixed number of SQL statements however many tasks, tags, reminders and subtasks a page holds
(no N+1), and the read path answers exactly what the write path answered for the same task."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from taskforge.extensions import db

# The token check (revoked? user still there? cache generation), then the rows, their tags, their reminders
# and their subtask counts; a list adds its COUNT(*).
LIST_STATEMENTS = 7
GET_STATEMENTS = 6


@contextmanager
def statements() -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if "SAVEPOINT" not in statement:  # the test's own transaction around each commit
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def body(n: int) -> dict:
    return {
        "title": f"task {n}",
        "tags": [f"t{n % 3}", f"z{n}", "Alpha"],
        "due_date": f"2030-01-{1 + n % 28:02d}T09:00:00Z",
        "reminders": [{"before_due": 30}, {"at": "2029-06-01T08:00:00Z"}, {"before_due": 5}],
        **({"recurrence": {"rrule": "FREQ=WEEKLY;BYDAY=MO"}} if n % 2 else {}),
    }


def seed(client, auth, count: int) -> list[dict]:
    response = client.post("/api/tasks/batch", json={"tasks": [body(n) for n in range(count)]}, headers=auth)
    assert response.status_code == 201, response.get_json()
    created = response.get_json()["items"]
    for parent in created:
        for completed in (True, False):
            sub = {"title": "sub", "parent_id": parent["id"], "completed": completed}
            assert client.post("/api/tasks", json=sub, headers=auth).status_code == 201
    return created


@pytest.mark.parametrize("count", [1, 30])
def test_a_list_page_costs_the_same_statements_however_much_it_holds(client, auth, count):
    seed(client, auth, count)
    with statements() as seen:
        response = client.get("/api/tasks?per_page=100", headers=auth)
    assert response.status_code == 200
    assert len(response.get_json()["items"]) == count
    assert len(seen) == LIST_STATEMENTS, seen


@pytest.mark.parametrize("count", [1, 30])
def test_a_subtask_listing_costs_the_same_statements_however_much_it_holds(client, auth, count):
    parent = seed(client, auth, 1)[0]
    for _ in range(count):
        sub = {
            "title": "more",
            "parent_id": parent["id"],
            "tags": ["x", "y"],
            "due_date": "2030-01-01T00:00:00Z",
        }
        sub["reminders"] = [{"before_due": 1}]
        assert client.post("/api/tasks", json=sub, headers=auth).status_code == 201
    with statements() as seen:
        response = client.get(f"/api/tasks/{parent['id']}/subtasks", headers=auth)
    assert response.status_code == 200
    assert len(response.get_json()["items"]) == count + 2
    # The parent's access check instead of the page's COUNT(*).
    assert len(seen) == LIST_STATEMENTS, seen


def test_getting_one_task_costs_a_fixed_number_of_statements(client, auth):
    created = seed(client, auth, 1)[0]
    with statements() as seen:
        response = client.get(f"/api/tasks/{created['id']}", headers=auth)
    assert response.status_code == 200
    assert len(seen) == GET_STATEMENTS, seen


def test_reads_answer_what_the_writes_answered(client, auth):
    """The read path (rows) and the write path (ORM instances) show a task identically: tags in name order,
    reminders in firing order, recurrence, subtask counts, ETag."""
    created = seed(client, auth, 4)
    changed = client.patch(f"/api/tasks/{created[1]['id']}", json={"tags": ["b", "A", "c"]}, headers=auth)
    assert changed.status_code == 200
    written = {task["id"]: task for task in created} | {created[1]["id"]: changed.get_json()}
    for task in written.values():
        task["subtasks"] = {"total": 2, "completed": 1}  # added after the batch answered
        task.pop("updated_at") if task["id"] != created[1]["id"] else None
    listed = client.get("/api/tasks?per_page=100", headers=auth).get_json()["items"]
    assert len(listed) == len(written)
    for item in listed:
        one = client.get(f"/api/tasks/{item['id']}", headers=auth)
        assert one.get_json() == item
        assert one.headers["ETag"] == f'"v{item["version"]}"'
        expected = written[item["id"]]
        assert {k: v for k, v in item.items() if k in expected} == expected
    assert written[created[1]["id"]]["tags"] == ["A", "b", "c"]
    assert [r["before_due"] for r in listed[0]["reminders"]] == [None, 30, 5]  # the "at" one fires first


def _tag_inserts(seen: list[str]) -> list[str]:
    return [s for s in seen if " ".join(s.split()).upper().startswith("INSERT INTO TAGS")]


def test_tags_that_exist_are_read_not_inserted_again(client, auth):
    assert (
        client.post("/api/tasks", json={"title": "a", "tags": ["Home", "work"]}, headers=auth).status_code
        == 201
    )

    with statements() as seen:
        again = client.post("/api/tasks", json={"title": "b", "tags": ["home", "Work"]}, headers=auth)
    assert again.status_code == 201
    assert again.get_json()["tags"] == ["Home", "work"]  # the existing tags, as they were named
    assert _tag_inserts(seen) == []

    with statements() as seen:
        third = client.post("/api/tasks", json={"title": "c", "tags": ["HOME", "new"]}, headers=auth)
    assert third.status_code == 201
    assert third.get_json()["tags"] == ["Home", "new"]
    assert len(_tag_inserts(seen)) == 1
    listed = client.get("/api/tags", headers=auth).get_json()
    assert sorted(tag["name"] for tag in listed["items"]) == ["Home", "new", "work"]
