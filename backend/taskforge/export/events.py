"""A user's dated tasks as an iCalendar (RFC 5545) feed of VEVENTs: what Google Calendar, Apple Calendar and
Outlook display (they ignore VTODOs).

Pure: no database, no request, no clock. A task due at midnight in its own zone is an all-day event (the
editor saves a due date without a time that way); any other is a timed event of EVENT_LENGTH starting at its
due time, in its zone. A recurring task is its current (open) occurrence with the rule from there on.
Completed tasks are left out: a calendar event has no "done" state, and the next occurrence of a recurring
one is a task of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Event, vRecur

from taskforge.export.ics import CalendarTask, Categories, Text, new_calendar, require_aware, timezones

# How long a timed task's event lasts: long enough to be seen and clicked in a week view.
EVENT_LENGTH = timedelta(minutes=30)
_ONE_DAY = timedelta(days=1)


def events_bytes(tasks: Iterable[CalendarTask], *, calendar_name: str, domain: str, now: datetime) -> bytes:
    """The open tasks, in the given order, as one VCALENDAR of VEVENTs; raises ValueError if `now` is naive.

    An unknown zone raises zoneinfo.ZoneInfoNotFoundError.
    """
    require_aware("now", now)
    calendar = new_calendar(calendar_name)
    stamp = now.astimezone(UTC)
    events = [_event(task, domain=domain, stamp=stamp) for task in tasks if not task.completed]
    for timezone in timezones(events):
        calendar.add_component(timezone)
    for event in events:
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def is_all_day(task: CalendarTask) -> bool:
    """Whether the task is due at midnight in its own zone: a day without a time."""
    return _local(task).time() == time(0)


def _local(task: CalendarTask) -> datetime:
    """The due date in the task's zone ("UTC" is written with Z, the others with their TZID)."""
    return task.due_date.astimezone(UTC if task.zone == "UTC" else ZoneInfo(task.zone))


def _event(task: CalendarTask, *, domain: str, stamp: datetime) -> Event:
    event = Event()
    event.add("UID", f"task-{task.id}@{domain}")
    event.add("DTSTAMP", stamp)
    event.add("CREATED", task.created_at)
    event.add("LAST-MODIFIED", task.updated_at)
    event.add("SUMMARY", Text(task.title))
    if task.description:
        event.add("DESCRIPTION", Text(task.description))
    start = _local(task)
    if is_all_day(task):
        event.add("DTSTART", start.date())
        event.add("DTEND", start.date() + _ONE_DAY)
    else:
        event.add("DTSTART", start)
        # Added in UTC, then shown in the zone: exact across a DST change within the event.
        event.add("DTEND", (start.astimezone(UTC) + EVENT_LENGTH).astimezone(start.tzinfo))
    if task.rrule is not None:
        event.add("RRULE", _rule(task, start, all_day=is_all_day(task)))
    # Free: a task's due time is a deadline, not a meeting that blocks the slot for invitations.
    event.add("TRANSP", "TRANSPARENT")
    event.add("STATUS", "CONFIRMED")
    if task.tags:
        event.add("CATEGORIES", Categories(list(task.tags)))
    return event


def _rule(task: CalendarTask, start: datetime, *, all_day: bool) -> vRecur:
    """The task's rule from its current occurrence on, with UNTIL in the value type RFC 5545 3.3.10 wants."""
    assert task.rrule is not None
    rule: vRecur = vRecur.from_ical(task.rrule)
    if "COUNT" in rule and task.occurrence is not None:
        # COUNT counts from the series' first occurrence; DTSTART here is occurrence `task.occurrence`.
        rule["COUNT"] = [max(1, int(rule["COUNT"][0]) - task.occurrence + 1)]
    if "UNTIL" in rule:
        rule["UNTIL"] = [_until(rule["UNTIL"][0], start, all_day=all_day)]
    return rule


def _until(until: date | datetime, start: datetime, *, all_day: bool) -> date | datetime:
    """UNTIL as a DATE for an all-day event, else as a UTC DATE-TIME (a date: the end of that local day)."""
    if all_day:
        return until.astimezone(start.tzinfo).date() if isinstance(until, datetime) else until
    if isinstance(until, datetime):
        return until.astimezone(UTC)
    end_of_day = datetime.combine(until, time(23, 59, 59), tzinfo=start.tzinfo)
    return end_of_day.astimezone(UTC)
