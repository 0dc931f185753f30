"""A user's tasks as an iCalendar (RFC 5545) feed of VTODO components (for apps that read tasks from a
subscribed address, such as Thunderbird); the calendar, text and zone helpers the VEVENT feed
(export/events.py) shares.

Pure: no database, no request, no clock. The caller loads the tasks and passes the time of the render.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Component, Timezone, Todo, vCategory, vDuration, vRecur, vText

PRODID = "-//TaskForge//TaskForge//EN"
# How often subscribers should poll: REFRESH-INTERVAL (RFC 7986) and X-PUBLISHED-TTL (Outlook, older clients).
_REFRESH_INTERVAL = timedelta(minutes=15)
# RFC 5545 3.8.1.9: 1 is the highest priority, 5 the middle, 9 the lowest; clients that know only high,
# medium and low read 1-4 as high. TaskForge's priorities are 1 (low) to 4 (urgent).
_PRIORITIES: dict[int, int] = {4: 1, 3: 3, 2: 5, 1: 9}
# A VTIMEZONE lists its zone's transitions up to this many years after the latest start that uses it:
# a recurring task's start is its current occurrence, so the window moves on as occurrences are completed.
_ZONE_YEARS = 20
# RFC 5545 3.3.11 TEXT has no form for control characters other than TAB and a line break.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class CalendarTask:
    """What the feed shows of one task; every datetime is aware."""

    id: int
    title: str
    description: str | None
    due_date: datetime
    completed: bool
    completed_at: datetime | None
    priority: int  # TaskForge's: 1 low, 2 medium, 3 high, 4 urgent
    tags: tuple[str, ...]
    rrule: str | None  # an RFC 5545 RRULE value such as "FREQ=WEEKLY;BYDAY=MO", without "RRULE:"
    zone: str  # the task's IANA zone, e.g. "Europe/Berlin"
    created_at: datetime
    updated_at: datetime
    occurrence: int | None = None  # a recurring task's number in its series (1: the first)

    def __post_init__(self) -> None:
        # A naive datetime would be read as the server's local time and silently shift every date.
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, datetime):
                require_aware(field.name, value)


def calendar_bytes(tasks: Iterable[CalendarTask], *, calendar_name: str, domain: str, now: datetime) -> bytes:
    """The tasks, in the given order, as one VCALENDAR of VTODOs; raises ValueError if `now` is naive.

    An unknown zone on an open recurring task raises zoneinfo.ZoneInfoNotFoundError.
    """
    require_aware("now", now)
    calendar = new_calendar(calendar_name)
    todos = [_todo(task, domain=domain, stamp=now.astimezone(UTC)) for task in tasks]
    for timezone in timezones(todos):
        calendar.add_component(timezone)
    for todo in todos:
        calendar.add_component(todo)
    ical: bytes = calendar.to_ical()
    return ical


def _escape_text(value: str) -> str:
    """`value` as an RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped.

    Line breaks become "\\n" (CR LF and a lone CR too); other control characters, which TEXT cannot carry,
    are dropped.
    """
    value = _CONTROL_CHARACTERS.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


class Text(vText):
    """TEXT that keeps a backslash followed by "N" as it is: icalendar 7.3.0 turns it into a line break."""

    def to_ical(self) -> bytes:
        return _escape_text(self).encode()


class Categories(vCategory):
    """CATEGORIES whose values are escaped like `Text`."""

    def to_ical(self) -> bytes:
        return ",".join(_escape_text(str(category)) for category in self.cats).encode()


def require_aware(name: str, value: datetime) -> None:
    if value.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got {value!r}")


def new_calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    # Both are TEXT, but icalendar 7.3.0 has no type for them and would write the name unescaped.
    calendar.add("NAME", Text(name))
    calendar.add("X-WR-CALNAME", Text(name))
    calendar.add("REFRESH-INTERVAL", vDuration(_REFRESH_INTERVAL, params={"VALUE": "DURATION"}))
    # Without an explicit type icalendar writes a timedelta in an unknown property as "0:15:00".
    calendar.add("X-PUBLISHED-TTL", vDuration(_REFRESH_INTERVAL))
    return calendar


def _todo(task: CalendarTask, *, domain: str, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("UID", f"task-{task.id}@{domain}")
    todo.add("DTSTAMP", stamp)
    todo.add("CREATED", task.created_at)
    todo.add("LAST-MODIFIED", task.updated_at)
    todo.add("SUMMARY", Text(task.title))
    if task.description:
        todo.add("DESCRIPTION", Text(task.description))
    # A completed occurrence is shown without its rule: the next occurrence is a task of its own.
    if task.rrule is not None and not task.completed:
        # RFC 5545 wants DTSTART with RRULE; in wall time, so that 09:00 stays 09:00 across DST changes.
        start = _wall_time(task)
        todo.add("DTSTART", start)
        todo.add("DUE", start)
        todo.add("RRULE", vRecur.from_ical(task.rrule))
    else:
        todo.add("DUE", task.due_date.astimezone(UTC))
    todo.add("STATUS", "COMPLETED" if task.completed else "NEEDS-ACTION")
    if task.completed:
        todo.add("PERCENT-COMPLETE", 100)
        if task.completed_at is not None:
            todo.add("COMPLETED", task.completed_at.astimezone(UTC))
    todo.add("PRIORITY", _PRIORITIES[task.priority])
    if task.tags:
        todo.add("CATEGORIES", Categories(list(task.tags)))
    return todo


def _wall_time(task: CalendarTask) -> datetime:
    """The task's due date in its zone ("UTC" is written with Z, the others with their TZID)."""
    return task.due_date.astimezone(UTC if task.zone == "UTC" else ZoneInfo(task.zone))


def timezones(components: Sequence[Component]) -> list[Timezone]:
    """One VTIMEZONE per TZID the components' DTSTART use, ordered by TZID.

    Calendar.add_missing_timezones() would order them by set iteration, which differs between processes.
    """
    years: dict[str, list[int]] = {}
    for component in components:
        start = component.get("DTSTART")
        tzid = start.params.get("TZID") if start is not None else None
        if tzid is not None:
            years.setdefault(tzid, []).append(start.dt.year)
    return [
        Timezone.from_tzid(
            tzid, first_date=date(min(starts), 1, 1), last_date=date(max(starts) + _ZONE_YEARS, 1, 1)
        )
        for tzid, starts in sorted(years.items())
    ]
