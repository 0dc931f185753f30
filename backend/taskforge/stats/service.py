"""Statistics over the caller's tasks, computed in one query."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, FunctionFilter, and_, func, select

from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.stats.schemas import ByPriority, StatsOut
from taskforge.tasks.access import visible_to
from taskforge.tasks.models import Task


def stats_for(*, user_id: int) -> StatsOut:
    """Counts of the user's tasks by state, priority and due date."""
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
        ).where(visible_to(user_id))
    ).one()
    db.session.commit()
    total, completed, overdue, due_today, recent, *levels = (int(value) for value in row)
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
