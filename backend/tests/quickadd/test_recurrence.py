"""Repetition: "every ..." phrases to RRULEs (each checked by the RRULE parser), and the first due date of a
series that starts now."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from taskforge.quickadd.recurrence import find
from taskforge.tasks.recurrence import check_has_occurrences, parse_rule
from tests.quickadd.reading import NOW, due, read


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("every workday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        ("every weekend", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("every 2 weeks on mon", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        ("every week on tuesday and thursday", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("every other week", "FREQ=WEEKLY;INTERVAL=2"),
        ("every week", "FREQ=WEEKLY"),
        ("every monday", "FREQ=WEEKLY;BYDAY=MO"),
        ("every mon, wed and fri", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        ("every tue & thu", "FREQ=WEEKLY;BYDAY=TU,TH"),
        ("every other friday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
        ("every last friday", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("every first monday of the month", "FREQ=MONTHLY;BYDAY=1MO"),
        ("every 2nd tue", "FREQ=MONTHLY;BYDAY=2TU"),
        ("every month on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("every month on the last day", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("every month on the first monday", "FREQ=MONTHLY;BYDAY=1MO"),
        ("every 3 months", "FREQ=MONTHLY;INTERVAL=3"),
        ("every 15th", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("every last day of the month", "FREQ=MONTHLY;BYMONTHDAY=-1"),
        ("every day", "FREQ=DAILY"),
        ("every 3 days", "FREQ=DAILY;INTERVAL=3"),
        ("every year", "FREQ=YEARLY"),
        ("every 2 years", "FREQ=YEARLY;INTERVAL=2"),
        ("every jan 5", "FREQ=YEARLY;BYMONTHDAY=5;BYMONTH=1"),
        ("every 5th of january", "FREQ=YEARLY;BYMONTHDAY=5;BYMONTH=1"),
        ("every year on feb 29", "FREQ=YEARLY;BYMONTHDAY=29;BYMONTH=2"),
        ("EVERY Weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ],
)
def test_phrases(text, rrule):
    parsed = read(f"Standup {text}, in the big room")
    assert (parsed.rrule, parsed.anchor) == (rrule, "due")
    assert [(s.kind, s.text, s.value) for s in parsed.spans if s.kind == "recurrence"] == [
        ("recurrence", text, rrule)
    ]
    assert parsed.title == "Standup, in the big room"
    rule = parse_rule(rrule)
    assert rule.text == rrule  # already in the normal form
    assert parsed.due_date is not None
    check_has_occurrences(rule, zone="UTC", series_start=parsed.due_date)


def test_every_bang_counts_from_completion():
    parsed = read("water the plants every! 3 days")
    assert (parsed.rrule, parsed.anchor, parsed.title) == (
        "FREQ=DAILY;INTERVAL=3",
        "completion",
        "water the plants",
    )


@pytest.mark.parametrize(
    "text",
    [
        "every feb 30",  # no such day
        "every hour",  # tasks repeat on whole days
        "every 0 days",
        "everyone at the party",
        "every time it rains",
        "Every Breath You Take",
        "Daily standup notes",  # only "every" starts a repetition
        "weekly review",
    ],
)
def test_what_is_no_repetition(text):
    assert read(text).rrule is None
    assert find(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Now: Wednesday 2026-03-11 14:30 UTC. A day without a time is due at 09:00.
        ("every weekday", "2026-03-12T09:00"),  # today's 09:00 has passed
        ("every weekday 5pm", "2026-03-11T17:00"),  # today's 17:00 has not
        ("every monday", "2026-03-16T09:00"),
        ("every day", "2026-03-12T09:00"),
        ("every day at 3pm", "2026-03-11T15:00"),
        ("every week", "2026-03-12T09:00"),  # no day named: the next 09:00
        ("every 2 weeks on mon", "2026-03-16T09:00"),  # the interval counts from the first
        ("every last friday", "2026-03-27T09:00"),
        ("every month on the 15th", "2026-03-15T09:00"),
        ("every month on the 11th", "2026-04-11T09:00"),
        ("every jan 5", "2027-01-05T09:00"),
        ("every year on feb 29", "2028-02-29T09:00"),
        ("every monday starting jan 5", "2027-01-05T09:00"),  # a day in the text starts the series
        ("every day tomorrow 8am", "2026-03-12T08:00"),
    ],
)
def test_first_due_date(text, expected):
    assert due(text) == expected


def test_a_repetition_that_never_comes_round_again_is_none():
    parsed = read("leap day every 999 years on feb 29")  # 2028 + 999 is no leap year
    assert (parsed.rrule, parsed.due_date, parsed.spans) == (None, None, ())
    assert parsed.title == "leap day every 999 years on feb 29"


def test_first_due_date_in_the_callers_zone():
    # 14:30 UTC: 03:30 on Thursday in Auckland, 07:30 on Wednesday in Los Angeles; 09:00 is ahead in both.
    assert due("every weekday", zone="Pacific/Auckland") == "2026-03-11T20:00"
    assert due("every weekday", zone="America/Los_Angeles") == "2026-03-11T16:00"


def test_first_due_date_is_never_before_now():
    now = datetime(2026, 3, 16, 9, 0, tzinfo=UTC)  # a Monday, 09:00 sharp
    assert due("every monday", now=now) == "2026-03-16T09:00"
    assert due("every monday", now=now.replace(minute=1)) == "2026-03-23T09:00"
    assert read("every monday").due_date >= NOW
