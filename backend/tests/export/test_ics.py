"""The iCalendar feed: every property, escaping and folding, zones and recurrence, determinism, validity."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, vBroken
from icalendar.parser import Contentline

from taskforge.export import ics
from taskforge.export.ics import PRODID, CalendarTask, calendar_bytes

NOW = datetime(2025, 3, 20, 12, 0, 5, tzinfo=UTC)
DOMAIN = "taskforge.example"
BERLIN = ZoneInfo("Europe/Berlin")
# 09:00 in Berlin on Monday 2025-03-24 (CET), the week before the clocks change on 2025-03-30.
MONDAY_9_BERLIN = datetime(2025, 3, 24, 9, tzinfo=BERLIN).astimezone(UTC)
HOSTILE_TEXTS = [
    "<script>alert('xss')</script><img src=x onerror=\"alert(1)\">&amp;",
    "Robert'); DROP TABLE tasks; -- \" OR 1=1",
    "Ship it ✅🎉 👩‍👩‍👧‍👦 🇩🇪",
    "Купить молоко · 買い物 · شراء الحليب · दूध खरीदें · ÆØÅ",
    "C:\\New\\Notes\\n \\N \\, \\; \\\\ trailing\\",
    "tab\there: colon, comma; semicolon\nsecond line\n\nafter a blank line",
    ("Long, title; with commas; semicolons\nand newlines ✅ " * 6)[:300],
]


def make_task(**changes: Any) -> CalendarTask:
    values: dict[str, Any] = {
        "id": 7,
        "title": "Write the report",
        "description": "Numbers from Q1",
        "due_date": datetime(2025, 3, 28, 16, 30, tzinfo=UTC),
        "completed": False,
        "completed_at": None,
        "priority": 2,
        "tags": ("work", "reports"),
        "rrule": None,
        "zone": "Europe/Berlin",
        "created_at": datetime(2025, 3, 1, 8, tzinfo=UTC),
        "updated_at": datetime(2025, 3, 2, 8, 15, tzinfo=UTC),
    }
    return CalendarTask(**(values | changes))


def weekly_berlin(**changes: Any) -> CalendarTask:
    return make_task(**({"id": 42, "rrule": "FREQ=WEEKLY;BYDAY=MO", "due_date": MONDAY_9_BERLIN} | changes))


def render(*tasks: CalendarTask, name: str = "Alice's tasks", now: datetime = NOW) -> bytes:
    return calendar_bytes(tasks, calendar_name=name, domain=DOMAIN, now=now)


def lines(data: bytes) -> list[str]:
    """The content lines, unfolded (RFC 5545 3.1)."""
    return re.sub(rb"\r\n[ \t]", b"", data).decode().split("\r\n")[:-1]


def only_todo(data: bytes) -> Any:
    (todo,) = Calendar.from_ical(data).todos
    return todo


def value_of(line: str) -> str:
    """The unescaped value of a content line, for properties icalendar parses as UNKNOWN (NAME, X-*)."""
    return Contentline(line, strict=True).parts()[2]


# --- the calendar and its todos


def test_calendar_properties():
    data = render(make_task(), name="Home, work; and more\\N")
    assert lines(data)[:8] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "NAME:Home\\, work\\; and more\\\\N",
        "X-WR-CALNAME:Home\\, work\\; and more\\\\N",
        "REFRESH-INTERVAL;VALUE=DURATION:PT15M",
        "X-PUBLISHED-TTL:PT15M",
    ]
    assert PRODID == "-//TaskForge//TaskForge//EN"
    calendar = Calendar.from_ical(data)
    assert calendar.refresh_interval == timedelta(minutes=15)
    assert [value_of(line) for line in lines(data)[4:6]] == ["Home, work; and more\\N"] * 2


def test_open_task_properties():
    todo = only_todo(render(make_task()))
    assert str(todo["UID"]) == "task-7@taskforge.example"
    assert todo.DTSTAMP == NOW
    assert todo["CREATED"].dt == datetime(2025, 3, 1, 8, tzinfo=UTC)
    assert todo["LAST-MODIFIED"].dt == datetime(2025, 3, 2, 8, 15, tzinfo=UTC)
    assert str(todo["SUMMARY"]) == "Write the report"
    assert str(todo["DESCRIPTION"]) == "Numbers from Q1"
    assert todo["DUE"].dt == datetime(2025, 3, 28, 16, 30, tzinfo=UTC)
    assert str(todo["STATUS"]) == "NEEDS-ACTION"
    assert todo["PRIORITY"] == 5
    assert todo.categories == ["work", "reports"]
    for absent in ("DTSTART", "RRULE", "COMPLETED", "PERCENT-COMPLETE"):
        assert absent not in todo


def test_plain_due_date_is_written_in_utc():
    berlin_due = datetime(2025, 7, 1, 18, tzinfo=BERLIN)
    data = render(make_task(due_date=berlin_due))
    assert "DUE:20250701T160000Z" in lines(data)
    assert "VTIMEZONE" not in data.decode()


def test_completed_task():
    completed_at = datetime(2025, 3, 19, 10, 30, tzinfo=UTC)
    todo = only_todo(render(make_task(completed=True, completed_at=completed_at)))
    assert str(todo["STATUS"]) == "COMPLETED"
    assert todo["COMPLETED"].dt == completed_at
    assert todo["PERCENT-COMPLETE"] == 100


@pytest.mark.parametrize(("priority", "expected"), [(4, 1), (3, 3), (2, 5), (1, 9)])
def test_priority_follows_rfc_5545_scale(priority, expected):
    assert only_todo(render(make_task(priority=priority)))["PRIORITY"] == expected


@pytest.mark.parametrize("description", [None, ""])
def test_no_description_and_no_tags_leave_their_properties_out(description):
    todo = only_todo(render(make_task(description=description, tags=())))
    assert "DESCRIPTION" not in todo
    assert "CATEGORIES" not in todo


def test_uid_is_stable_across_renders_and_changes():
    first = only_todo(render(make_task()))
    later = only_todo(render(make_task(title="Renamed", completed=True), now=NOW + timedelta(days=3)))
    assert str(first["UID"]) == str(later["UID"]) == "task-7@taskforge.example"


def test_tasks_keep_the_given_order():
    data = render(*(make_task(id=task_id) for task_id in (3, 1, 2)))
    assert [str(todo["UID"]) for todo in Calendar.from_ical(data).todos] == [
        f"task-{task_id}@{DOMAIN}" for task_id in (3, 1, 2)
    ]


def test_empty_task_list_gives_an_empty_calendar():
    data = render()
    assert lines(data)[0] == "BEGIN:VCALENDAR"
    assert lines(data)[-1] == "END:VCALENDAR"
    calendar = Calendar.from_ical(data)
    assert calendar.subcomponents == []
    assert str(calendar["PRODID"]) == PRODID
    assert_valid(data)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="due_date must be an aware datetime"):
        make_task(due_date=datetime(2025, 3, 28, 16, 30))
    with pytest.raises(ValueError, match="now must be an aware datetime"):
        render(make_task(), now=datetime(2025, 3, 20, 12))


# --- recurrence and zones


def test_recurring_task_keeps_local_wall_time_with_its_vtimezone():
    data = render(weekly_berlin())
    assert "DTSTART;TZID=Europe/Berlin:20250324T090000" in lines(data)
    assert "DUE;TZID=Europe/Berlin:20250324T090000" in lines(data)
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO" in lines(data)
    calendar = Calendar.from_ical(data)
    assert [timezone.tz_name for timezone in calendar.timezones] == ["Europe/Berlin"]
    assert calendar.get_missing_tzids() == set()
    todo = calendar.todos[0]
    assert todo.DTSTART == todo.DUE == MONDAY_9_BERLIN


def test_recurrence_expands_to_0900_local_across_dst_using_the_feeds_own_vtimezone():
    """An independent expansion (dateutil) of DTSTART + RRULE with a zone built from the VTIMEZONE alone."""
    data = render(weekly_berlin())
    feed_zone = Calendar.from_ical(data).timezones[0].to_tz(lookup_tzid=False)
    rule_lines = [line for line in lines(data) if line.startswith(("DTSTART", "RRULE"))]
    rule = rrulestr("\n".join(rule_lines), tzids={"Europe/Berlin": feed_zone})
    occurrences = list(itertools.islice(rule, 52 * 19))  # up to 2044, inside the VTIMEZONE's window
    assert {(day.hour, day.minute, day.weekday()) for day in occurrences} == {(9, 0, 0)}
    for day in occurrences:
        assert day.utcoffset() == day.replace(tzinfo=BERLIN).utcoffset(), day
    assert {day.utcoffset() for day in occurrences} == {timedelta(hours=1), timedelta(hours=2)}
    assert occurrences[1].astimezone(UTC) == datetime(2025, 3, 31, 7, tzinfo=UTC)  # CEST from March 30


def test_completed_recurring_task_is_shown_without_its_rule():
    completed_at = datetime(2025, 3, 24, 9, 30, tzinfo=UTC)
    data = render(weekly_berlin(completed=True, completed_at=completed_at))
    todo = only_todo(data)
    assert "RRULE" not in todo
    assert "DTSTART" not in todo
    assert "DUE:20250324T080000Z" in lines(data)
    assert Calendar.from_ical(data).timezones == []


def test_recurring_task_in_utc_uses_z_values_and_no_vtimezone():
    data = render(weekly_berlin(zone="UTC"))
    assert {"DTSTART:20250324T080000Z", "DUE:20250324T080000Z"} <= set(lines(data))
    assert Calendar.from_ical(data).timezones == []


def test_one_vtimezone_per_zone_ordered_by_tzid_before_the_todos():
    zones = ["Europe/Berlin", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"]
    data = render(*(weekly_berlin(id=index, zone=zone) for index, zone in enumerate(zones)))
    calendar = Calendar.from_ical(data)
    assert [timezone.tz_name for timezone in calendar.timezones] == sorted(set(zones))
    assert [component.name for component in calendar.subcomponents] == ["VTIMEZONE"] * 4 + ["VTODO"] * 5
    assert calendar.get_missing_tzids() == set()


# --- text, folding, line endings


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_text_round_trips_exactly(text):
    data = render(make_task(title=text, description=text, tags=(text, "plain")), name=text)
    todo = only_todo(data)
    assert str(todo["SUMMARY"]) == text
    assert str(todo["DESCRIPTION"]) == text
    assert todo.categories == [text, "plain"]
    assert value_of(next(line for line in lines(data) if line.startswith("NAME:"))) == text
    assert_valid(data)


def test_long_title_is_escaped_and_folded_at_75_octets():
    title = HOSTILE_TEXTS[-1]
    assert len(title) == 300
    data = render(make_task(title=title))
    summary = next(line for line in lines(data) if line.startswith("SUMMARY:"))
    assert summary.count("\\,") == title.count(",") > 0
    assert summary.count("\\;") == title.count(";") > 0
    assert summary.count("\\n") == title.count("\n") > 0
    physical = data.split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    assert sum(line.startswith(b" ") for line in physical) >= 4
    assert str(only_todo(data)["SUMMARY"]) == title


def test_line_breaks_are_normalised_and_other_control_characters_dropped():
    todo = only_todo(render(make_task(title="a\r\nb\rc\x07d\x00e\x1bf\x7fg\th")))
    assert str(todo["SUMMARY"]) == "a\nb\ncdefg\th"


def test_every_line_ends_with_crlf():
    data = render(weekly_berlin(), make_task(title="two\nlines"))
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") == data.count(b"\r")


# --- determinism and validity


def test_same_input_gives_same_bytes_apart_from_dtstamp():
    tasks = [weekly_berlin(), make_task(), weekly_berlin(id=43, zone="America/New_York")]
    assert render(*tasks) == render(*tasks)
    first, later = lines(render(*tasks)), lines(render(*tasks, now=NOW + timedelta(hours=1)))
    changed = [(a, b) for a, b in zip(first, later, strict=True) if a != b]
    assert changed == [("DTSTAMP:20250320T120005Z", "DTSTAMP:20250320T130005Z")] * 3


def test_same_bytes_in_processes_with_different_hash_seeds():
    # Set iteration order (and so icalendar's own add_missing_timezones order) changes with the hash seed.
    # The module is loaded on its own, which keeps each process fast and shows it needs nothing of the app.
    script = f"""
import importlib.util, sys
from datetime import datetime, timezone
spec = importlib.util.spec_from_file_location("ics", {ics.__file__!r})
ics = importlib.util.module_from_spec(spec)
sys.modules["ics"] = ics
spec.loader.exec_module(ics)
at = datetime(2025, 3, 24, 8, tzinfo=timezone.utc)
zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "Europe/Paris"]
tasks = [
    ics.CalendarTask(i, "t", None, at, False, None, 1, (), "FREQ=DAILY", zone, at, at)
    for i, zone in enumerate(zones)
]
sys.stdout.buffer.write(ics.calendar_bytes(tasks, calendar_name="c", domain="d", now=at))
"""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script], env={"PYTHONHASHSEED": str(seed)}, capture_output=True, check=True
        ).stdout
        for seed in range(1, 6)
    }
    (output,) = outputs
    assert output.count(b"BEGIN:VTIMEZONE") == 5


def test_a_busy_feed_is_valid():
    tasks = [
        weekly_berlin(),
        weekly_berlin(id=43, zone="America/New_York", rrule="FREQ=MONTHLY;BYMONTHDAY=-1;INTERVAL=2"),
        weekly_berlin(id=44, completed=True, completed_at=NOW),
        make_task(id=45, completed=True, completed_at=NOW, tags=()),
        *(
            make_task(id=100 + index, title=text, description=text)
            for index, text in enumerate(HOSTILE_TEXTS)
        ),
    ]
    assert_valid(render(*tasks))


def assert_valid(data: bytes) -> None:
    """icalendar's parser in strict mode, then an RFC 5545 grammar and structure check of our own."""
    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        assert component.errors == [], component.name
        assert not any(isinstance(value, vBroken) for value in component.values())
    for line in lines(data):
        Contentline(line, strict=True).parts()
    assert_rfc_5545_structure(data)


# RFC 5545 3.1: name *(";" param) ":" value, where a value has no control character other than HTAB.
CONTENT_LINE = re.compile(
    r'(?P<name>[A-Za-z0-9-]+)(?:;[A-Za-z0-9-]+=(?:"[^"\x00-\x1f\x7f]*"|[^";:,\x00-\x1f\x7f]*)'
    r'(?:,(?:"[^"\x00-\x1f\x7f]*"|[^";:,\x00-\x1f\x7f]*))*)*:(?P<value>[^\x00-\x08\x0a-\x1f\x7f]*)'
)
NESTING = {None: {"VCALENDAR"}, "VCALENDAR": {"VTODO", "VTIMEZONE"}, "VTIMEZONE": {"STANDARD", "DAYLIGHT"}}
ONCE = {"VCALENDAR": {"VERSION", "PRODID"}, "VTODO": {"UID", "DTSTAMP"}, "VTIMEZONE": {"TZID"}}


def assert_rfc_5545_structure(data: bytes) -> None:
    physical = data.split(b"\r\n")
    assert physical[-1] == b""
    for line in physical[:-1]:
        assert len(line) <= 75, line
        line.decode()  # folding never splits a UTF-8 sequence
    stack: list[str] = []
    counts: list[Counter[str]] = []
    tzids, used_tzids = set(), set()
    for line in lines(data):
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
            if name == "TZID":
                tzids.add(value)
            used_tzids.update(re.findall(r";TZID=([^;:]+)", line.split(":", 1)[0]))
    assert stack == []
    assert used_tzids <= tzids
