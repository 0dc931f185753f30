"""Dates and times: each phrase the grammar promises, the defaults where the issue is silent, time zones,
daylight-saving changes, and the words that look like dates but stay in the title."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.quickadd.reading import NOW, due, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The examples (now: Wednesday 2026-03-11 14:30 UTC).
        ("tomorrow 5pm", "2026-03-12T17:00"),
        ("next fri", "2026-03-13T09:00"),
        ("in 3 days", "2026-03-14T09:00"),
        ("jan 5", "2027-01-05T09:00"),  # already past this year: next year's
        ("2027-01-05 09:30", "2027-01-05T09:30"),
        ("eod", "2026-03-11T17:00"),
        # Times.
        ("5pm", "2026-03-11T17:00"),
        ("5 pm", "2026-03-11T17:00"),
        ("17:00", "2026-03-11T17:00"),
        ("at 9:30am", "2026-03-12T09:30"),  # a time alone: its next occurrence
        ("noon", "2026-03-12T12:00"),
        ("tonight", "2026-03-11T21:00"),
        ("tomorrow at 9", "2026-03-12T09:00"),
        ("tomorrow at 21:15", "2026-03-12T21:15"),
        ("tomorrow noon", "2026-03-12T12:00"),
        ("5pm tomorrow", "2026-03-12T17:00"),
        ("in 2 hours", "2026-03-11T16:30"),
        ("in 90 minutes", "2026-03-11T16:00"),
        ("in an hour", "2026-03-11T15:30"),
        # Days.
        ("today", "2026-03-11T09:00"),
        ("tomorrow", "2026-03-12T09:00"),
        ("friday", "2026-03-13T09:00"),
        ("fri 3pm", "2026-03-13T15:00"),
        ("on friday", "2026-03-13T09:00"),
        ("by friday", "2026-03-13T09:00"),
        ("next friday at 6pm", "2026-03-13T18:00"),
        ("next wed", "2026-03-18T09:00"),  # never today
        ("wednesday", "2026-03-18T09:00"),
        ("this wed", "2026-03-11T09:00"),
        ("next mon 9:30", "2026-03-16T09:30"),
        ("next week", "2026-03-18T09:00"),
        ("next month", "2026-04-01T09:00"),
        ("in 2 weeks", "2026-03-25T09:00"),
        ("3 days from now", "2026-03-14T09:00"),
        # Month names with a day, ISO dates.
        ("march 15", "2026-03-15T09:00"),
        ("15 march", "2026-03-15T09:00"),
        ("january 5th", "2027-01-05T09:00"),
        ("5th jan", "2027-01-05T09:00"),
        ("dec 25 at 10am", "2026-12-25T10:00"),
        ("jan 5 2028", "2028-01-05T09:00"),
        ("2027-01-05", "2027-01-05T09:00"),
        ("2027-01-05T09:30", "2027-01-05T09:30"),
    ],
)
def test_phrases(text, expected):
    assert due(text) == expected
    assert due(f"Call Ana {text} about the lease") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Read March of the Penguins",  # a month name alone is a title word
        "May the force be with you",
        "email Jan about the report",
        "august rush dvd",
        "Fix bug 1234",  # a bare number is never a time
        "room 101",
        "write 500 words",
        "version 2.0 release",
        "read pages 5-10",  # numeric dates other than ISO are ambiguous
        "call 1/5",
        "lunch with ana",  # meals are no times
        "sun cream",  # sat, sun and wed alone are words
        "sat exam prep",
        "wed anniversary gift",
        "monday.com invoice",  # inside a word
        "end of year report",
        "feb 30",
        "today at 25:00",  # a time that cannot be read takes its day with it
        "call them last friday",  # no past weekdays
        "sent 2 days ago",
        "fix the front door",
    ],
)
def test_words_that_only_look_like_dates_stay_in_the_title(text):
    parsed = read(text)
    assert (parsed.due_date, parsed.spans, parsed.title) == (None, (), text)


@pytest.mark.parametrize("text", ["on sun", "next sat", "by wed", "sun 10am"])
def test_word_like_weekdays_are_dates_with_a_cue_or_a_time(text):
    assert read(text).due_date is not None


def test_eod_late_in_the_day_is_the_end_of_the_day():
    assert due("eod", now=datetime(2026, 3, 11, 17, 0, tzinfo=UTC)) == "2026-03-11T23:59"


@pytest.mark.parametrize(
    ("text", "expected", "spans"),
    [
        ("report fri eod", "2026-03-13T17:00", ["fri", "eod"]),
        ("report eod tomorrow", "2026-03-12T17:00", ["eod", "tomorrow"]),
        ("report EOD.", "2026-03-11T17:00", ["EOD"]),
    ],
)
def test_eod_on_the_day_named_beside_it(text, expected, spans):
    parsed = read(text)
    assert due(text) == expected
    assert [s.text for s in parsed.spans] == spans
    assert parsed.title.rstrip(".") == "report"


def test_a_time_already_past_today_is_tomorrow():
    assert due("5pm", now=datetime(2026, 3, 11, 18, 0, tzinfo=UTC)) == "2026-03-12T17:00"


def test_the_callers_zone_decides_the_day_and_the_hour():
    auckland, los_angeles = (
        due("tomorrow 5pm", zone="Pacific/Auckland"),
        due("tomorrow 5pm", zone="America/Los_Angeles"),
    )
    # 14:30 UTC is 03:30 on Thursday in Auckland (UTC+13) and 07:30 on Wednesday in Los Angeles (UTC-7).
    assert auckland == "2026-03-13T04:00"
    assert los_angeles == "2026-03-13T00:00"
    assert due("2027-01-05 09:30", zone="Pacific/Auckland") == "2027-01-04T20:30"
    assert due("eod", zone="Asia/Kathmandu") == "2026-03-11T18:14"  # 20:15 there: 23:59 is the day's end


def test_in_two_hours_is_real_time_across_a_daylight_saving_change():
    # 01:30 EST on 8 March 2026; clocks jump from 02:00 to 03:00: two hours later is 04:30 EDT.
    now = datetime(2026, 3, 8, 6, 30, tzinfo=UTC)
    assert due("in 2 hours", zone="America/New_York", now=now) == "2026-03-08T08:30"


def test_a_wall_time_in_a_daylight_saving_gap_moves_forward():
    # 02:30 does not exist in New York on 8 March 2026: it is 03:30 EDT, as recurring tasks read it.
    assert due("2026-03-08 02:30", zone="America/New_York", now=datetime(2026, 3, 1, tzinfo=UTC)) == (
        "2026-03-08T07:30"
    )


def test_spans_cover_the_phrase_and_its_preposition():
    parsed = read("Pay the plumber on friday")
    assert [(s.kind, s.text, s.value) for s in parsed.spans] == [
        ("date", "on friday", "2026-03-13T09:00:00Z")
    ]
    assert parsed.title == "Pay the plumber"


def test_a_date_and_a_time_apart_are_one_due_date():
    parsed = read("at 5pm call bob tomorrow")
    assert due("at 5pm call bob tomorrow") == "2026-03-12T17:00"
    assert [s.text for s in parsed.spans] == ["at 5pm", "tomorrow"]
    assert parsed.title == "call bob"


def test_the_first_date_wins_and_the_rest_stays():
    parsed = read("move the meeting from monday to friday")
    assert due("move the meeting from monday to friday") == "2026-03-16T09:00"
    assert parsed.title == "move the meeting to friday"


def test_now_is_the_given_moment_not_the_clock():
    assert due("tomorrow", now=NOW.replace(year=2031)) == "2031-03-12T09:00"


def test_long_runs_of_spaces_and_many_phrases_stay_cheap():
    """parsedatetime's time grows with the square of a whitespace run and with the number of phrases; the
    text is compacted and read around its first anchors (a regression would take seconds here)."""
    for text in ("tomorrow" + " " * 490 + "5pm", "5pm " * 125, "next fri " * 55, "a" + "\u3000" * 499):
        read(text)
    assert due("5pm " * 125) == "2026-03-11T17:00"
