"""Statistics over the caller's tasks, computed in one query."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, FunctionFilter, and_, func, select

from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.stats.schemas import ByPriority, StatsOut
from taskforge.tasks.access import visible_to
from taskforge.tasks.models import Task


@dataclass(frozen=True)
class Stats:
    counts: StatsOut
    changes_at: datetime  # the next instant at which the counts change with the clock alone


def stats_for(*, user_id: int) -> Stats:
    """Counts of the user's tasks by state, priority and due date, and when the clock alone changes them."""
    now = utcnow()
    today = datetime.combine(now.date(), time.min, tzinfo=now.tzinfo)
    open_task = Task.completed.is_(False)

    def count_where(condition: ColumnElement[bool]) -> FunctionFilter[int]:
        return func.count().filter(condition)

    row = db.session.execute(
        select(
            func.count(),
            count_where(Task.completed.is_(True)),
            count_where(and_(open_task, Task.due_date < now)),
            count_where(and_(Task.due_date >= today, Task.due_date < today + timedelta(days=1))),
            count_where(Task.completed_at >= now - timedelta(days=7)),
            *(count_where(Task.priority == level) for level in (1, 2, 3, 4)),
            # The next open task to fall overdue, and the next completion to leave the 7-day window.
            func.min(Task.due_date).filter(and_(open_task, Task.due_date >= now)),
            func.min(Task.completed_at).filter(Task.completed_at >= now - timedelta(days=7)),
        ).where(visible_to(user_id))
    ).one()
    db.session.commit()
    *counts, next_due, oldest_recent = row
    total, completed, overdue, due_today, recent, *levels = (int(value) for value in counts)
    boundaries = [today + timedelta(days=1)]
    if next_due is not None:
        boundaries.append(next_due)
    if oldest_recent is not None:
        boundaries.append(oldest_recent + timedelta(days=7))
    return Stats(
        counts=_counts(total, completed, overdue, due_today, recent, levels), changes_at=min(boundaries)
    )


def _counts(
    total: int, completed: int, overdue: int, due_today: int, recent: int, levels: list[int]
) -> StatsOut:
    return StatsOut(
        total=total,
        completed=completed,
        pending=total - completed,
        overdue=overdue,
        due_today=due_today,
        completion_rate=completed / total if total else 0.0,
        by_priority=ByPriority(low=levels[0], medium=levels[1], high=levels[2], urgent=levels[3]),
        completed_last_7_days=recent,
    )
