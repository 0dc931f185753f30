"""Task rules, called directly: versions, completed_at, preconditions, filters and sorting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from werkzeug.datastructures import ETags

from taskforge.access.identity import identity_of
from taskforge.errors import NotFound, PreconditionFailed
from taskforge.extensions import db
from taskforge.tasks import service
from taskforge.tasks.models import Task
from taskforge.tasks.schemas import TaskCreate, TaskListQuery, TaskUpdate

PAST = datetime(2020, 1, 1, tzinfo=UTC)


def reload(task_id: int) -> Task:
    db.session.expire_all()
    return db.session.get(Task, task_id)


def update(user, task, **changes):
    changes_ = TaskUpdate.model_validate(changes)
    return service.update_task(identity=identity_of(user.id), task_id=task.id, changes=changes_).task


@pytest.fixture
def task(user, task_factory):
    return task_factory(user=user, title="Same", description="d", priority=3, created_at=PAST)


# --- update_task


@pytest.mark.parametrize(
    "changes",
    [{}, {"title": "Same"}, {"title": "  Same  "}, {"priority": 3, "description": "d"}, {"due_date": None}],
)
def test_update_without_a_real_change_keeps_version_and_updated_at(user, task, changes):
    result = update(user, task, **changes)
    assert (result.version, result.updated_at) == (1, PAST)
    assert reload(task.id).version == 1


def test_each_real_change_bumps_the_version_once(user, task):
    assert update(user, task, title="A", priority=1, description=None).version == 2
    assert update(user, task, title="B").version == 3
    stored = reload(task.id)
    assert (stored.title, stored.priority, stored.description, stored.version) == ("B", 1, None, 3)
    assert stored.updated_at > PAST


def test_completing_sets_completed_at_and_reopening_clears_it(user, task):
    done = update(user, task, completed=True)
    stamp = done.completed_at
    assert stamp is not None
    assert stamp.tzinfo is not None
    assert done.updated_at == stamp
    reopened = update(user, task, completed=False)
    assert (reopened.completed, reopened.completed_at, reopened.version) == (False, None, 3)


def test_completed_at_survives_unrelated_changes_and_repeated_completion(user, task_factory):
    stamp = datetime(2024, 5, 5, tzinfo=UTC)
    task = task_factory(user=user, completed=True, completed_at=stamp)
    update(user, task, completed=True)
    assert (reload(task.id).completed_at, reload(task.id).version) == (stamp, 1)
    update(user, task, title="renamed")
    assert (reload(task.id).completed_at, reload(task.id).version) == (stamp, 2)


@pytest.mark.parametrize(
    ("tags", "allowed"),
    [
        (ETags(["v1"]), True),
        (ETags(["v0", "v1"]), True),
        (ETags(star_tag=True), True),
        (None, True),
        (ETags(["v2"]), False),
        (ETags(weak_etags=["v1"]), False),
        (ETags(), False),
    ],
)
def test_update_precondition(user, task, tags, allowed):
    changes = TaskUpdate(title="Changed")
    if allowed:
        service.update_task(identity=identity_of(user.id), task_id=task.id, changes=changes, if_match=tags)
        assert reload(task.id).title == "Changed"
    else:
        with pytest.raises(PreconditionFailed):
            service.update_task(
                identity=identity_of(user.id), task_id=task.id, changes=changes, if_match=tags
            )
        assert (reload(task.id).title, reload(task.id).version) == ("Same", 1)


def test_precondition_is_checked_even_when_nothing_would_change(user, task):
    with pytest.raises(PreconditionFailed):
        service.update_task(
            identity=identity_of(user.id), task_id=task.id, changes=TaskUpdate(), if_match=ETags(["v9"])
        )


def test_delete_precondition(user, task):
    with pytest.raises(PreconditionFailed):
        service.delete_task(identity=identity_of(user.id), task_id=task.id, if_match=ETags(["v0"]))
    assert reload(task.id).deleted_at is None
    service.delete_task(identity=identity_of(user.id), task_id=task.id, if_match=ETags(["v1"]))
    assert reload(task.id).deleted_at is not None  # in the trash (tests/trash)


@pytest.mark.parametrize(
    "call",
    [
        lambda uid, tid: service.get_task(identity=identity_of(uid), task_id=tid),
        lambda uid, tid: service.update_task(
            identity=identity_of(uid), task_id=tid, changes=TaskUpdate(title="x")
        ),
        lambda uid, tid: service.delete_task(identity=identity_of(uid), task_id=tid),
    ],
    ids=["get", "update", "delete"],
)
def test_another_users_task_is_not_found(other_user, task, call):
    with pytest.raises(NotFound):
        call(other_user.id, task.id)
    assert (reload(task.id).title, reload(task.id).version) == ("Same", 1)


# --- create


def test_create_sets_the_server_fields(user):
    created = service.create_task(identity=identity_of(user.id), data=TaskCreate(title="x", completed=True))
    stored = reload(created.id)
    assert (stored.user_id, stored.version, stored.priority) == (user.id, 1, 2)
    assert stored.created_at == stored.updated_at == stored.completed_at


def test_create_tasks_keeps_the_order(user):
    items = [TaskCreate(title=f"t{i}") for i in range(5)]
    tasks = service.create_tasks(identity=identity_of(user.id), items=items)
    assert [t.title for t in tasks] == [f"t{i}" for i in range(5)]
    assert [t.id for t in tasks] == sorted(t.id for t in tasks)


# --- list_tasks: filters


@pytest.fixture
def dataset(user, task_factory):
    day = timedelta(days=1)
    task_factory(user=user, title="alpha", priority=1, due_date=PAST)
    task_factory(user=user, title="beta", priority=3, due_date=PAST + day, completed=True, completed_at=PAST)
    task_factory(user=user, title="gamma", priority=4, due_date=datetime(2999, 1, 1, tzinfo=UTC))
    task_factory(user=user, title="delta", priority=2, description="Has a GAMMA ray")


def titles(user, **params) -> set[str]:
    page = service.list_tasks(identity=identity_of(user.id), query=TaskListQuery.model_validate(params))
    return {t.title for t in page.items}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"alpha", "beta", "gamma", "delta"}),
        ({"completed": True}, {"beta"}),
        ({"completed": False}, {"alpha", "gamma", "delta"}),
        ({"priority": [1, 4]}, {"alpha", "gamma"}),
        ({"priority": [4, 4]}, {"gamma"}),
        ({"search": "gamma"}, {"gamma", "delta"}),
        ({"search": "ALP"}, {"alpha"}),
        ({"search": "a%a"}, set()),
        ({"due_before": "2500-01-01T00:00:00Z"}, {"alpha", "beta"}),
        ({"due_before": "2020-01-01T00:00:00Z"}, set()),
        ({"due_after": "2020-01-01T00:00:00Z"}, {"beta", "gamma"}),
        ({"due_after": "2020-01-01T12:00:00+11:00"}, {"beta", "gamma"}),
        ({"due_after": "2020-01-01T12:00:00+13:00"}, {"alpha", "beta", "gamma"}),
        ({"overdue": True}, {"alpha"}),
        ({"overdue": False}, {"beta", "gamma", "delta"}),
        ({"completed": False, "priority": [1, 2]}, {"alpha", "delta"}),
    ],
)
def test_filters(user, dataset, params, expected):
    assert titles(user, **params) == expected


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("%", {"100% sure"}),
        ("_", {"snake_case", "plain"}),
        ("\\", {"back\\slash"}),
        ("SURE", {"100% sure", "100 sure"}),
    ],
)
def test_search_is_a_literal_case_insensitive_substring(user, task_factory, search, expected):
    for title in ("100% sure", "100 sure", "snake_case", "snakeXcase", "back\\slash"):
        task_factory(user=user, title=title)
    task_factory(user=user, title="plain", description="Mentions snake_case too")
    assert titles(user, search=search) == expected


# --- list_tasks: sorting and paging


@pytest.fixture
def sortable(user, task_factory):
    rows = [("c", 2, 5), ("a", 4, None), ("e", 1, 2), ("b", 2, None), ("d", 3, 9)]
    return [
        task_factory(
            user=user,
            title=title,
            priority=priority,
            due_date=PAST + timedelta(days=due) if due is not None else None,
            created_at=PAST + timedelta(hours=n % 2),
            updated_at=PAST + timedelta(hours=5 - n),
        )
        for n, (title, priority, due) in enumerate(rows)
    ]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("sort", ["created_at", "updated_at", "priority", "title"])
def test_sorting_breaks_ties_by_id(user, sortable, sort, order):
    expected = sorted(sortable, key=lambda t: (getattr(t, sort), t.id), reverse=order == "desc")
    page = service.list_tasks(identity=identity_of(user.id), query=TaskListQuery(sort=sort, order=order))
    assert [t.id for t in page.items] == [t.id for t in expected]


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_tasks_without_due_date_sort_last(user, sortable, order):
    page = service.list_tasks(
        identity=identity_of(user.id), query=TaskListQuery(sort="due_date", order=order)
    )
    with_due = sorted((t for t in sortable if t.due_date), key=lambda t: t.due_date, reverse=order == "desc")
    without = sorted((t for t in sortable if not t.due_date), key=lambda t: t.id, reverse=order == "desc")
    assert [t.title for t in page.items] == [t.title for t in [*with_due, *without]]


@pytest.mark.parametrize(("count", "per_page", "pages"), [(0, 20, 0), (1, 1, 1), (5, 2, 3), (6, 2, 3)])
def test_page_count(user, task_factory, count, per_page, pages):
    task_factory.create_batch(count, user=user)
    page = service.list_tasks(identity=identity_of(user.id), query=TaskListQuery(per_page=per_page))
    assert (page.total, page.pages) == (count, pages)


def test_a_page_past_the_end_is_empty(user, task_factory):
    task_factory.create_batch(3, user=user)
    page = service.list_tasks(identity=identity_of(user.id), query=TaskListQuery(page=2, per_page=3))
    assert (list(page.items), page.total, page.pages) == ([], 3, 1)
