"""The entry point: every rule together, the title, the spans; and properties over any text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from taskforge.quickadd.parse import parse
from taskforge.tasks.recurrence import check_has_occurrences, parse_rule
from tests.quickadd.reading import PROJECTS, due, read


def test_the_issues_example():
    parsed = read("buy milk tomorrow 5pm p1 #home @Errands")
    assert parsed.title == "buy milk"
    assert parsed.due_date == datetime(2026, 3, 12, 17, 0, tzinfo=UTC)
    assert (parsed.priority, parsed.tags, parsed.project_id) == (4, ("home",), 1)
    assert [(s.start, s.end, s.kind, s.text, s.value) for s in parsed.spans] == [
        (9, 21, "date", "tomorrow 5pm", "2026-03-12T17:00:00Z"),
        (22, 24, "priority", "p1", 4),
        (25, 30, "tag", "#home", "home"),
        (31, 39, "project", "@Errands", 1),
    ]


def test_everything_at_once():
    parsed = read(
        "Pay rent every month on the 1st p1 #home #bills remind 1d before remind me 1h before +home"
    )
    assert parsed.title == "Pay rent"
    assert (parsed.rrule, parsed.anchor) == ("FREQ=MONTHLY;BYMONTHDAY=1", "due")
    assert parsed.due_date == datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    assert (parsed.priority, parsed.tags, parsed.reminders, parsed.project_id) == (
        4,
        ("home", "bills"),
        (1440, 60),
        3,
    )
    assert [s.kind for s in parsed.spans] == [
        "recurrence", "priority", "tag", "tag", "reminder", "reminder", "project"
    ]  # fmt: skip


def test_nothing_recognised():
    parsed = read("  fix   the\tfront door  ")
    assert parsed == type(parsed)(title="fix the front door")


def test_when_everything_is_recognised_the_title_is_the_text():
    parsed = read("tomorrow   5pm  p1")
    assert parsed.title == "tomorrow 5pm p1"
    assert parsed.due_date is not None
    assert parsed.priority == 4


def test_a_date_split_by_other_tokens_is_one_due_date_in_two_spans():
    parsed = read("call tomorrow p1 5pm")
    assert due("call tomorrow p1 5pm") == "2026-03-12T17:00"
    assert [(s.kind, s.text) for s in parsed.spans] == [
        ("date", "tomorrow"),
        ("priority", "p1"),
        ("date", "5pm"),
    ]
    assert parsed.title == "call"


def test_tokens_win_over_dates_and_repetition():
    # "#friday" is a tag, "@Home Renovation" a project: neither is read again as a date.
    parsed = read("paint #friday @Home Renovation")
    assert (parsed.tags, parsed.project_id, parsed.due_date) == (("friday",), 2, None)
    assert read("remind 2 days before: every day review").rrule == "FREQ=DAILY"


def test_unknown_projects_stay_in_the_title():
    parsed = read("call @Nowhere tomorrow")
    assert parsed.title == "call @Nowhere"
    assert parsed.project_id is None
    assert [(u.start, u.end, u.text) for u in parsed.unknown] == [(5, 13, "@Nowhere")]


def test_no_projects_to_name():
    parsed = parse("call @Errands", zone="UTC", now=datetime(2026, 3, 11, tzinfo=UTC))
    assert (parsed.title, parsed.project_id, len(parsed.unknown)) == ("call @Errands", None, 1)


def test_cleans_up_around_what_was_taken():
    assert read("tomorrow, buy milk").title == "buy milk"
    assert read("buy milk #home.").title == "buy milk."
    assert read("buy milk p1 , eggs").title == "buy milk, eggs"


# --- properties

ZONES = st.sampled_from(
    ["UTC", "Pacific/Auckland", "America/Los_Angeles", "Pacific/Apia", "Asia/Kathmandu", "America/New_York"]
)
MOMENTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda moment: moment.replace(tzinfo=UTC)
)
WORDS = st.sampled_from(
    [
        *(
            "every",
            "every!",
            "next",
            "fri",
            "monday",
            "sat",
            "tomorrow",
            "today",
            "at",
            "on",
            "by",
            "9",
            "5pm",
        ),
        *("17:00", "noon", "eod", "p1", "p4", "#x", "@Errands", "+home", "@x", "remind", "me", "30m", "1h"),
        *("before", "jan", "5th", "2027-01-05", "2027-01-05T09:30", "in", "2", "hours", "days", "weeks"),
        *("month", "year", "other", "last", "the", "15th", "of", "weekday", "from", "now", ",", ".", "!"),
        *("25:00", "99999", "1/5", "\t", "\u3000"),
    ]
)
TEXTS = st.one_of(
    st.text(max_size=500),
    st.lists(WORDS, max_size=60).map(" ".join),
    st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40).map(" ".join),
).map(lambda text: text[:500])


@settings(max_examples=1000, deadline=None)
@given(text=TEXTS, zone=ZONES, now=MOMENTS)
def test_never_raises_and_every_span_is_where_it_says(text, zone, now):
    parsed = parse(text, zone=zone, now=now, projects=PROJECTS)
    if text.strip():  # the API refuses blank texts; a blank one is its own title
        assert parsed.title == " ".join(parsed.title.split())
        assert parsed.title
    previous_end = 0
    for span in parsed.spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        previous_end = span.end
    if parsed.rrule is not None:
        assert parsed.due_date is not None
        check_has_occurrences(parse_rule(parsed.rrule), zone=zone, series_start=parsed.due_date)
    if parsed.due_date is not None:
        assert parsed.due_date.utcoffset() == timedelta(0)


WEEKDAYS = ["mon", "tue", "tues", "wed", "thu", "fri", "sat", "sun", "monday", "friday", "Sunday", "WED"]
TIMES = st.sampled_from(["", " 5pm", " at 9", " 00:00", " 23:59", " noon", " midnight", " 9:30am"])


@settings(max_examples=500, deadline=None)
@given(weekday=st.sampled_from(WEEKDAYS), time=TIMES, zone=ZONES, now=MOMENTS)
def test_next_weekday_is_always_after_today(weekday, time, zone, now):
    parsed = parse(f"call ana next {weekday}{time}", zone=zone, now=now)
    assert parsed.due_date is not None
    assert parsed.due_date > now
    local = parsed.due_date.astimezone(ZoneInfo(zone))
    assert local.date() > now.astimezone(ZoneInfo(zone)).date()
    assert local.strftime("%a").lower()[:3] == weekday.lower()[:3]
    assert parsed.title == "call ana"


@settings(max_examples=300, deadline=None)
@given(
    phrase=st.sampled_from(["every weekday", "every monday", "every day", "every last friday", "every 15th"]),
    time=TIMES,
    zone=ZONES,
    now=MOMENTS,
)
def test_a_repetition_without_a_day_starts_from_now_on(phrase, time, zone, now):
    parsed = parse(f"{phrase}{time}", zone=zone, now=now)
    assert parsed.due_date is not None
    assert parsed.due_date >= now
