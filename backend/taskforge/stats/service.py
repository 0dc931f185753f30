"""Statistics over the tasks the caller may see (or one project's), computed in one query, with days in the
caller's time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, FunctionFilter, and_, func, select

from taskforge.access.identity import Identity
from taskforge.access.policy import project_ids, require, tasks_in
from taskforge.access.roles import Role
from taskforge.auth.models import User
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.stats.schemas import HISTORY_DAYS, ByPriority, CompletedDay, StatsOut
from taskforge.tasks.models import Task


@dataclass(frozen=True)
class Stats:
    counts: StatsOut
    changes_at: datetime  # the next instant at which the counts change with the clock alone


def stats_for(*, identity: Identity, project_id: int | None = None) -> Stats:
    """Counts of the user's tasks by state, priority and due date, and when the clock alone changes them.

    Days are the user's: "due today" is due between the last and the next midnight in the user's time
    zone, "completed in the last 7 days" counts today and the 6 days before it there, and each entry of
    `completed_by_day` is one such day. Midnights come from the zone's rules, so a day of 23 or 25 hours (a
    daylight-saving change) counts as one day. The midnights are computed here and compared in SQL, which
    works the same on PostgreSQL and SQLite (SQLite cannot convert between IANA zones).
    """
    if project_id is not None:
        require(identity, project_id, Role.VIEWER, write=False)
    projects = [project_id] if project_id is not None else project_ids(identity, include_archived=False)
    zone_name = db.session.execute(
        select(User.timezone).where(User.id == identity.user_id)
    ).scalar_one_or_none()
    zone = ZoneInfo(zone_name or "UTC")
    now = utcnow()
    days, midnights = _history(now, zone)
    today, tomorrow, week_start = midnights[-2], midnights[-1], midnights[-8]
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
            # One count per day rather than a GROUP BY: no empty days to fill in, and no zone maths in SQL.
            *(
                count_where(and_(Task.completed_at >= a, Task.completed_at < b))
                for a, b in pairwise(midnights)
            ),
            # The next open task to fall overdue.
            func.min(Task.due_date).filter(and_(open_task, Task.due_date >= now)),
        ).where(tasks_in(projects))
    ).one()
    db.session.commit()
    *counts, next_due = row
    total, completed, overdue, due_today, recent, *rest = (int(value) for value in counts)
    levels, by_day = rest[:4], dict(zip(days, rest[4:], strict=True))
    # Every count, the day list included, only moves at the user's midnight (or when a task falls overdue);
    # the route caches the answer no longer than that, so a cached day list never outlives its day.
    boundaries = [tomorrow] if next_due is None else [tomorrow, next_due]
    return Stats(
        counts=_counts(total, completed, overdue, due_today, recent, levels, by_day),
        changes_at=min(boundaries),
    )


def _history(now: datetime, zone: ZoneInfo) -> tuple[list[date], list[datetime]]:
    """The last HISTORY_DAYS days in `zone` (oldest first, today last), and the first instant of each day
    and of tomorrow, in UTC: day i runs from midnights[i] to midnights[i + 1]."""
    today = now.astimezone(zone).date()
    days = [today + timedelta(days=offset) for offset in range(1 - HISTORY_DAYS, 1)]
    midnights = [
        datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)
        for day in (*days, today + timedelta(days=1))
    ]
    return days, midnights


def _counts(
    total: int,
    completed: int,
    overdue: int,
    due_today: int,
    recent: int,
    levels: list[int],
    by_day: dict[date, int],
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
        completed_by_day=[CompletedDay(date=day, completed=count) for day, count in by_day.items()],
    )
