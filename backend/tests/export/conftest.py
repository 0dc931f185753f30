"""Fixtures of the project-aware export and import tests."""

from __future__ import annotations

import pytest

from tests.conftest import bearer
from tests.export.helpers import make, new_project, new_section
from tests.factories import UserFactory, inbox_of


@pytest.fixture
def third(app, token_for):
    """A third account, with nothing but its Inbox."""
    person = UserFactory()
    return person, bearer(token_for(person))


@pytest.fixture
def world(client, auth, other_auth, user):
    """The caller's Inbox (a section, a task in it), Work (sections, a task with a subtask in one, a series,
    tags), Old (archived, a task), and Shared, the other user's project the caller sees as a viewer."""
    inbox = inbox_of(user)
    today = new_section(client, auth, inbox, "Today")
    make(client, auth, title="Call mum", project_id=inbox, section_id=today)
    make(client, auth, title="Loose end")
    work = new_project(client, auth, "Work", description="Day job", color="#0D6EFD")
    todo, doing = new_section(client, auth, work, "To do"), new_section(client, auth, work, "Doing")
    plan = make(client, auth, title="Plan", project_id=work, section_id=doing, tags=["big"], priority=4)
    make(client, auth, title="Draft", parent_id=plan["id"], completed=True)
    make(client, auth, title="Backlog item", project_id=work, section_id=todo)
    weekly = make(
        client,
        auth,
        title="Standup",
        project_id=work,
        due_date="2026-03-23T09:00:00+01:00",
        recurrence={"rrule": "FREQ=WEEKLY;BYDAY=MO;COUNT=4"},
    )
    client.patch(f"/api/tasks/{weekly['id']}", json={"completed": True}, headers=auth)
    old = new_project(client, auth, "Old")
    make(client, auth, title="Archived thing", project_id=old)
    assert client.patch(f"/api/projects/{old}", json={"archived": True}, headers=auth).status_code == 200
    shared = new_project(client, other_auth, "Shared")
    make(client, other_auth, title="Their task", project_id=shared)
    invite = {"username": user.username, "role": "viewer"}
    assert client.post(f"/api/projects/{shared}/members", json=invite, headers=other_auth).status_code == 201
    return {"inbox": inbox, "today": today, "work": work, "todo": todo, "doing": doing, "old": old}
