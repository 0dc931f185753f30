"""Statistics over the caller's tasks, computed in one query, with days in the caller's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, FunctionFilter, and_, func, select

from taskforge.auth.models import User
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
    """Counts of the user's tasks by state, priority and due date, and when the clock alone changes them.

    Days are the user's: "due today" is due between the last and the next midnight in the user's time
    zone, and "completed in the last 7 days" counts today and the 6 days before it there. Midnights come
    from the zone's rules, so a day of 23 or 25 hours (a daylight-saving change) counts as one day.
    """
    zone_name = db.session.execute(select(User.timezone).where(User.id == user_id)).scalar_one_or_none()
    zone = ZoneInfo(zone_name or "UTC")
    now = utcnow()
    local_today = now.astimezone(zone).date()
    today, tomorrow, week_start = (
        datetime.combine(local_today + timedelta(days=offset), time.min, tzinfo=zone).astimezone(UTC)
        for offset in (0, 1, -6)
    )
    open_task = Task.completed.is_(False)

    def count_where(condition: ColumnElement[bool]) -> FunctionFilter[int]:
        return func.count().filter(condition)

    row = db.session.execute(
        select(
            func.count(),
            count_where(Task.completed.is_(True)),
            count_where(and_(open_task, Task.due_date < now)),
            count_where(and_(Task.due_date >= today, Task.due_date < tomorrow)),
            count_where(Task.completed_at >= week_start),
            *(count_where(Task.priority == level) for level in (1, 2, 3, 4)),
            # The next open task to fall overdue.
            func.min(Task.due_date).filter(and_(open_task, Task.due_date >= now)),
        ).where(visible_to(user_id))
    ).one()
    db.session.commit()
    *counts, next_due = row
    total, completed, overdue, due_today, recent, *levels = (int(value) for value in counts)
    # The 7-day window and "today" only move at the user's midnight.
    boundaries = [tomorrow] if next_due is None else [tomorrow, next_due]
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
