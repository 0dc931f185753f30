"""The VEVENT feed (kind=events): all-day and timed events, zones, recurrence across DST, and RFC 5545's rules
checked in code on the bytes."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, vBroken
from icalendar.parser import Contentline

from taskforge.export.events import EVENT_LENGTH, events_bytes
from taskforge.export.ics import PRODID, CalendarTask
from tests.export.test_ics import CONTENT_LINE, DOMAIN, HOSTILE_TEXTS, MONDAY_9_BERLIN, NOW, lines, make_task

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def render(*tasks: CalendarTask, now: datetime = NOW) -> bytes:
    data = events_bytes(tasks, calendar_name="Alice's tasks", domain=DOMAIN, now=now)
    assert_rfc_5545(data)
    return data


def events(data: bytes) -> list[Any]:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def only_event(data: bytes) -> Any:
    (event,) = events(data)
    return event


def test_calendar_and_event_properties():
    data = render(make_task())
    assert lines(data)[:3] == ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}"]
    event = only_event(data)
    assert str(event["UID"]) == "task-7@taskforge.example"
    assert event.DTSTAMP == NOW
    assert str(event["SUMMARY"]) == "Write the report"
    assert str(event["DESCRIPTION"]) == "Numbers from Q1"
    assert event.categories == ["work", "reports"]
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert "VTODO" not in data.decode()


def test_a_timed_task_starts_at_its_due_time_in_its_zone():
    data = render(make_task(due_date=datetime(2025, 3, 28, 16, 30, tzinfo=UTC)))
    assert "DTSTART;TZID=Europe/Berlin:20250328T173000" in lines(data)
    assert "DTEND;TZID=Europe/Berlin:20250328T180000" in lines(data)
    event = only_event(data)
    assert event.decoded("DTEND") - event.decoded("DTSTART") == EVENT_LENGTH
    assert [str(zone["TZID"]) for zone in Calendar.from_ical(data).walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_a_task_in_utc_is_written_with_z_and_no_vtimezone():
    data = render(make_task(zone="UTC"))
    assert "DTSTART:20250328T163000Z" in lines(data)
    assert "VTIMEZONE" not in data.decode()


def test_midnight_in_the_tasks_zone_is_an_all_day_event():
    midnight_berlin = datetime(2025, 3, 28, tzinfo=BERLIN)
    data = render(make_task(due_date=midnight_berlin.astimezone(UTC)))
    assert "DTSTART;VALUE=DATE:20250328" in lines(data)
    assert "DTEND;VALUE=DATE:20250329" in lines(data)
    assert "VTIMEZONE" not in data.decode()
    # Midnight UTC is 01:00 in Berlin: a timed event there.
    assert "DTSTART;TZID=Europe/Berlin:20250328T010000" in lines(
        render(make_task(due_date=datetime(2025, 3, 28, tzinfo=UTC)))
    )


def test_completed_tasks_are_left_out():
    data = render(make_task(completed=True, completed_at=NOW), make_task(id=8, title="Open"))
    assert [str(event["SUMMARY"]) for event in events(data)] == ["Open"]


def test_a_weekly_task_stays_at_0900_local_across_the_dst_change():
    data = render(make_task(id=42, rrule="FREQ=WEEKLY;BYDAY=MO", due_date=MONDAY_9_BERLIN))
    event = only_event(data)
    assert event["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO"
    start = event.decoded("DTSTART")
    assert start.tzinfo is not None
    assert str(start.tzinfo) == "Europe/Berlin"
    occurrences = list(islice(rrulestr(event["RRULE"].to_ical().decode(), dtstart=start), 3))
    # 24 March is CET (UTC+1), 31 March CEST (UTC+2): 09:00 local both times, a different UTC hour.
    assert [o.astimezone(BERLIN).hour for o in occurrences] == [9, 9, 9]
    assert [o.astimezone(UTC).hour for o in occurrences] == [8, 7, 7]
    # The feed's own VTIMEZONE carries the change: a client that reads only the feed gets it right.
    tz = Calendar.from_ical(data).walk("VTIMEZONE")[0].to_tz()
    assert datetime(2025, 3, 31, 9, tzinfo=tz).utcoffset() == timedelta(hours=2)


def test_a_dst_crossing_recurring_task_in_new_york_round_trips():
    due = datetime(2025, 10, 30, 18, 15, tzinfo=NEW_YORK).astimezone(UTC)  # EDT; clocks fall back 2 Nov
    data = render(make_task(id=9, zone="America/New_York", rrule="FREQ=DAILY;INTERVAL=2", due_date=due))
    event = only_event(data)
    assert event["RRULE"].to_ical() == b"FREQ=DAILY;INTERVAL=2"
    occurrences = list(islice(rrulestr("FREQ=DAILY;INTERVAL=2", dtstart=event.decoded("DTSTART")), 3))
    assert [(o.day, o.hour, o.minute) for o in occurrences] == [(30, 18, 15), (1, 18, 15), (3, 18, 15)]
    assert [o.utcoffset() for o in occurrences] == [timedelta(hours=-4)] * 2 + [timedelta(hours=-5)]


def test_count_counts_from_the_current_occurrence():
    task = make_task(id=42, rrule="FREQ=WEEKLY;COUNT=5", due_date=MONDAY_9_BERLIN, occurrence=3)
    assert only_event(render(task))["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=3"


def test_a_date_until_becomes_the_end_of_that_local_day_for_a_timed_event():
    task = make_task(id=42, rrule="FREQ=WEEKLY;UNTIL=20250407", due_date=MONDAY_9_BERLIN)
    rule = only_event(render(task))["RRULE"]
    assert rule["UNTIL"] == [datetime(2025, 4, 7, 21, 59, 59, tzinfo=UTC)]


def test_a_date_time_until_becomes_a_date_for_an_all_day_event():
    midnight = datetime(2025, 3, 24, tzinfo=BERLIN).astimezone(UTC)
    task = make_task(id=42, rrule="FREQ=DAILY;UNTIL=20250401T215959Z", due_date=midnight)
    event = only_event(render(task))
    assert event["RRULE"]["UNTIL"] == [date(2025, 4, 1)]
    assert len(list(rrulestr(event["RRULE"].to_ical().decode(), dtstart=datetime(2025, 3, 24)))) == 9


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_text_is_escaped_and_round_trips(text):
    data = render(make_task(title=text, description=text))
    event = only_event(data)
    expected = text.replace("\r\n", "\n")
    assert str(event["SUMMARY"]) == expected
    assert str(event["DESCRIPTION"]) == expected
    # RFC 5545 3.3.11: backslash first, then semicolon, comma and line break each behind a backslash.
    escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    assert f"SUMMARY:{escaped}" in lines(data)
    assert f"DESCRIPTION:{escaped}" in lines(data)


def test_a_busy_feed_keeps_every_rule():
    tasks = [
        make_task(id=1, rrule="FREQ=WEEKLY;BYDAY=MO", due_date=MONDAY_9_BERLIN),
        make_task(id=2, zone="America/New_York", rrule="FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=2"),
        make_task(id=3, zone="Asia/Kolkata", due_date=datetime(2025, 3, 27, 18, 30, tzinfo=UTC)),  # midnight
        make_task(id=4, zone="UTC", rrule="FREQ=YEARLY;UNTIL=20300101T000000Z"),
        *(make_task(id=100 + i, title=text, description=text) for i, text in enumerate(HOSTILE_TEXTS)),
    ]
    data = render(*tasks)
    assert len(events(data)) == len(tasks)
    assert data.count(b"BEGIN:VTIMEZONE") == 2  # Berlin, New York; Kolkata's midnight is all-day


# --- RFC 5545, checked on the bytes

NESTING = {None: {"VCALENDAR"}, "VCALENDAR": {"VEVENT", "VTIMEZONE"}, "VTIMEZONE": {"STANDARD", "DAYLIGHT"}}
ONCE = {"VCALENDAR": {"VERSION", "PRODID"}, "VEVENT": {"UID", "DTSTAMP", "DTSTART"}, "VTIMEZONE": {"TZID"}}


def assert_rfc_5545(data: bytes) -> None:
    """Lines (CRLF, 75 octets, grammar), nesting, required properties, TZIDs, and each event's dates."""
    physical = data.split(b"\r\n")
    assert physical[-1] == b""
    assert data.count(b"\n") == data.count(b"\r\n") == data.count(b"\r")
    for line in physical[:-1]:
        assert len(line) <= 75, line
        line.decode()  # folding never splits a UTF-8 sequence
    tzids, used = _check_structure(lines(data))
    assert used <= tzids, used - tzids
    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        assert component.errors == [], component.name
        assert not any(isinstance(value, vBroken) for value in component.values())
    for event in calendar.walk("VEVENT"):
        _check_event_dates(event)


def _check_structure(content_lines: list[str]) -> tuple[set[str], set[str]]:
    stack: list[str] = []
    counts: list[Counter[str]] = []
    tzids: set[str] = set()
    used: set[str] = set()
    for line in content_lines:
        Contentline(line, strict=True).parts()
        match = CONTENT_LINE.fullmatch(line)
        assert match, line
        name, value = match["name"].upper(), match["value"]
        if name == "BEGIN":
            assert value in NESTING.get(stack[-1] if stack else None, set()), line
            stack.append(value)
            counts.append(Counter())
        elif name == "END":
            assert stack, line
            assert stack[-1] == value, line
            assert all(counts[-1][required] == 1 for required in ONCE.get(stack.pop(), ())), line
            counts.pop()
        else:
            assert stack, line
            counts[-1][name] += 1
            tzids.update([value] if name == "TZID" else [])
            used.update(re.findall(r";TZID=([^;:]+)", line.split(":", 1)[0]))
    assert stack == []
    return tzids, used


def _check_event_dates(event: Any) -> None:
    """DTEND after DTSTART and of the same value type; UNTIL a DATE with a DATE start, else UTC (3.3.10)."""
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert type(start) is type(end)
    assert end > start
    if isinstance(start, datetime):
        assert start.tzinfo is not None
        assert end.tzinfo is not None
    if "RRULE" in event:
        for until in event["RRULE"].get("UNTIL", []):
            if isinstance(start, datetime):
                assert isinstance(until, datetime)
                assert until.utcoffset() == timedelta(0)
            else:
                assert type(until) is date
