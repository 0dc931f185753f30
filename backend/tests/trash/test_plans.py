"""The trash's reads and the hot task lists are served by indexes, never sorted afterwards: the list query's
extra `deleted_at IS NULL` leaves it on its sort's index, and the trash listing and the purge scan read their
partial indexes."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert, select, text
from sqlalchemy.dialects import postgresql

from taskforge.access.policy import tasks_in
from taskforge.extensions import db
from taskforge.tasks.models import Task
from taskforge.tasks.reads import TASKS
from taskforge.tasks.removal import purge_before
from taskforge.trash.listing import task_items
from tests.factories import inbox_of


def plan(statement) -> str:
    sql = statement.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
    # As tests/audit/test_service.py: with these scans off, the plan shows whether an index delivers the rows
    # in order (a Sort node would remain if none could).
    db.session.execute(text("SET LOCAL enable_seqscan = off"))
    db.session.execute(text("SET LOCAL enable_bitmapscan = off"))
    return "\n".join(db.session.execute(text(f"EXPLAIN {sql}")).scalars())


def test_the_task_list_still_reads_its_sort_index(user):
    """On a project of realistic size (the planner's statistics refreshed), a few of its tasks in the
    trash."""
    project = inbox_of(user)
    db.session.execute(
        insert(Task),
        [{"user_id": user.id, "project_id": project, "title": f"t{n}"} for n in range(3000)]
        + [{"user_id": user.id, "project_id": project, "title": "x", "deleted_at": datetime.now(UTC)}] * 30,
    )
    db.session.execute(text("ANALYZE tasks"))
    listed = (
        select(TASKS)
        .where(tasks_in([inbox_of(user)]), Task.parent_id.is_(None))
        .order_by(Task.created_at.desc(), Task.id.desc())
        .limit(21)
    )
    shown = plan(listed)
    assert "ix_tasks_project_created" in shown, shown
    assert "Sort" not in shown, shown


def test_the_trash_listing_reads_its_partial_index(user):
    shown = plan(task_items([inbox_of(user)], None, 51))
    assert "ix_tasks_trash" in shown, shown
    assert "Sort" not in shown, shown


def test_the_purge_scan_reads_its_partial_index(app):
    shown = plan(purge_before(datetime.now(UTC)).limit(100))
    assert "ix_tasks_trash_purge" in shown, shown
    assert "Sort" not in shown, shown
