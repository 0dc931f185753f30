"""Recurrence: walking, previewing and checking a series agree with python-dateutil's rrule, in wall time."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, weekday
from hypothesis import event, given, reject, settings
from hypothesis import strategies as st

from taskforge.tasks.recurrence import InvalidRule, Rule, check_has_occurrences, next_due, parse_rule, preview

NEW_YORK, BERLIN, LORD_HOWE = "America/New_York", "Europe/Berlin", "Australia/Lord_Howe"
ZONES = [NEW_YORK, BERLIN, LORD_HOWE, "UTC"]
FREQS = {"DAILY": DAILY, "WEEKLY": WEEKLY, "MONTHLY": MONTHLY, "YEARLY": YEARLY}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
HORIZON = timedelta(days=36525)  # the module gives up after 100 years (rounded up to periods) without one
MOST = 10  # occurrences walked per example


def at(zone: str, *args: int, fold: int = 0) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone), fold=fold)


def local(moment: datetime | None, zone: str) -> str:
    assert moment is not None
    return moment.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M %Z")


def walk(rule: Rule, zone: str, start: datetime, most: int = MOST) -> list[datetime]:
    """The series, by next_due(anchor="due") occurrence after occurrence from its start."""
    series = [start.astimezone(UTC)]
    while len(series) < most:
        following = next_due(
            rule, zone=zone, series_start=start, due=series[-1], occurrence=len(series), anchor="due"
        )
        if following is None:
            break
        assert following.tzinfo is UTC
        series.append(following)
    return series


# --- the reference: dateutil's rrule in naive wall time, started at the series' start, which always counts


@dataclass(frozen=True)
class Case:
    text: str
    zone: str
    start: datetime
    kwargs: dict[str, Any]  # for dateutil's rrule, without COUNT and UNTIL
    count: int | None = None
    until: date | datetime | None = None

    @property
    def wall(self) -> datetime:
        return self.start.astimezone(ZoneInfo(self.zone)).replace(tzinfo=None, fold=0)


def in_zone(wall: datetime, zone: str) -> datetime:
    return wall.replace(tzinfo=ZoneInfo(zone), fold=0).astimezone(UTC)


def past_until(case: Case, wall: datetime) -> bool:
    if isinstance(case.until, datetime):
        return in_zone(wall, case.zone) > case.until
    return case.until is not None and wall.date() > case.until


def beyond_horizon(previous: datetime, match: datetime) -> bool:
    """Whether the module gives up before reaching `match`; rejects a gap too close to its horizon to call."""
    if abs(match - previous - HORIZON) < timedelta(days=731):
        reject()
    return match - previous > HORIZON


def kinds(kwargs: dict[str, Any]) -> list[dict[str, Any]]:
    """dateutil intersects BYDAY=MO with 1TU; RFC 5545 (and the module) take the union: one rrule each."""
    plain = [day for day in kwargs.get("byweekday", []) if not day.n]
    numbered = [day for day in kwargs.get("byweekday", []) if day.n]
    if plain and numbered:
        return [{**kwargs, "byweekday": plain}, {**kwargs, "byweekday": numbered}]
    return [kwargs]


def first_match(kwargs: dict[str, Any], dtstart: datetime) -> datetime | None:
    """dateutil's first match after `dtstart`, scanning at most 500 years.

    dateutil scans to the year 9999 for a rule that never matches; moved on by a multiple of 400 years (after
    which the Gregorian calendar repeats, weekdays included) it reaches 9999 sooner.
    """
    if len(kinds(kwargs)) > 1:
        return min(filter(None, (first_match(kind, dtstart) for kind in kinds(kwargs))), default=None)
    shift = max(0, (9899 - dtstart.year) // 400 * 400)
    moved = dtstart.replace(year=dtstart.year + shift)
    match = rrule(dtstart=moved, **kwargs).after(moved)
    return None if match is None else match.replace(year=match.year - shift)


def matches(kwargs: dict[str, Any], dtstart: datetime) -> Iterator[datetime]:
    rules = [rrule(dtstart=dtstart, **kind) for kind in kinds(kwargs) if first_match(kind, dtstart)]
    if len(rules) == 1:
        return iter(rules[0])
    return (match for match, _ in itertools.groupby(heapq.merge(*rules)))


def reference(case: Case, *, most: int = MOST, stop: datetime | None = None) -> list[datetime]:
    series = [case.start.astimezone(UTC)]
    limit, previous = min(most, case.count or most), case.wall
    if len(series) >= limit:
        return series
    for match in matches(case.kwargs, case.wall):
        if match <= case.wall:
            continue
        if past_until(case, match) or beyond_horizon(previous, match):
            break
        previous = match
        series.append(in_zone(match, case.zone))
        if len(series) >= limit or (stop is not None and series[-1] > stop):
            break
    return series


def has_more(case: Case) -> bool:
    """Whether the series has a second occurrence, by dateutil (within the module's 100-year horizon)."""
    if case.count == 1:
        return False
    match = first_match(case.kwargs, case.wall)
    return match is not None and not beyond_horizon(case.wall, match) and not past_until(case, match)


# --- strategies


@lru_cache
def transition_days(zone: str, year: int) -> list[date]:
    """The days of `year` on which the clocks change in `zone`."""
    tz, first = ZoneInfo(zone), date(year, 1, 1).toordinal()
    midnights = [datetime.combine(date.fromordinal(first + offset), time()) for offset in range(366)]
    return [
        day.date() for day, after in itertools.pairwise(midnights) if tz.utcoffset(day) != tz.utcoffset(after)
    ]


@st.composite
def starts(draw: st.DrawFn, zone: str) -> datetime:
    year = draw(st.integers(2000, 2060))
    kind = draw(st.sampled_from(["any", "29 February", "31st", "DST change"]))
    if kind == "29 February":
        day = date(year - year % 4, 2, 29)
    elif kind == "31st":
        day = date(year, draw(st.sampled_from([1, 3, 5, 7, 8, 10, 12])), 31)
    elif kind == "DST change" and transition_days(zone, year):
        day = draw(st.sampled_from(transition_days(zone, year))) + timedelta(days=draw(st.integers(-1, 1)))
    else:
        day = date(year, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    near_dst = [time(1, 30), time(1, 45), time(2), time(2, 15), time(2, 30), time(3), time(3, 30)]
    clock = draw(
        st.one_of(
            st.sampled_from([*near_dst, time(0, 30), time(9), time(23, 30)]),
            st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
        )
    )
    wall = datetime.combine(day, clock, tzinfo=ZoneInfo(zone)).replace(fold=draw(st.integers(0, 1)))
    return wall.astimezone(UTC)


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """A rule built from every accepted part, in any order and case, with its dateutil arguments."""
    zone = draw(st.sampled_from(ZONES))
    start = draw(starts(zone))
    freq = draw(st.sampled_from(list(FREQS)))
    parts, kwargs = draw(by_parts(freq))
    if draw(st.booleans()):
        kwargs["wkst"] = draw(st.integers(0, 6))
        parts["WKST"] = WEEKDAYS[kwargs["wkst"]]
    count, until = None, None
    end = draw(st.sampled_from(["none", "count", "date", "utc"]))
    if end == "count":
        count = draw(st.integers(1, MOST + 2))
        parts["COUNT"] = str(count)
    elif end != "none":
        moment = start + timedelta(days=draw(st.integers(-3, 900)), minutes=draw(st.integers(0, 1439)))
        until = moment.astimezone(ZoneInfo(zone)).date() if end == "date" else moment.replace(second=0)
        parts["UNTIL"] = until.strftime("%Y%m%d" if end == "date" else "%Y%m%dT%H%M%SZ")
    text = ";".join(f"{name}={value}" for name, value in draw(st.permutations(list(parts.items()))))
    if draw(st.booleans()):
        text = "RRULE:" + text.lower()
    return Case(text, zone, start, kwargs, count, until)


def some(draw: st.DrawFn, values: list[Any], most: int) -> list[Any]:
    """A non-empty subset of `values`, at most `most` of them (a permutation's head: no rejected draws)."""
    return sorted(draw(st.permutations(values))[: draw(st.integers(1, most))])


@st.composite
def by_parts(draw: st.DrawFn, freq: str) -> tuple[dict[str, str], dict[str, Any]]:
    parts, kwargs = {"FREQ": freq}, {"freq": FREQS[freq], "wkst": 0}
    if draw(st.booleans()):
        kwargs["interval"] = draw(st.integers(1, 3))
    if draw(st.integers(0, 3)) == 0:
        kwargs["bymonth"] = some(draw, list(range(1, 13)), 5)
    if freq != "WEEKLY" and draw(st.integers(0, 2)) == 0:
        kwargs["bymonthday"] = some(draw, [1, 2, 13, 15, 28, 29, 30, 31, -1, -2, -7, -31], 3)
    if draw(st.booleans()):
        ordinals = [0]
        if freq == "MONTHLY" or (freq == "YEARLY" and "bymonth" in kwargs):
            ordinals += [1, 2, 3, 4, 5, -1, -2, -5]
        elif freq == "YEARLY":
            ordinals += [1, 2, 20, 52, 53, -1, -20, -53]
        days = {(day, draw(st.sampled_from(ordinals))) for day in some(draw, list(range(7)), 5)}
        days.add((min(days)[0], draw(st.sampled_from(ordinals))))  # perhaps a weekday twice: 1MO,-1MO
        kwargs["byweekday"] = [weekday(day, ordinal or None) for day, ordinal in sorted(days)]
        parts["BYDAY"] = ",".join(f"{ordinal or ''}{WEEKDAYS[day]}" for day, ordinal in sorted(days))
    mixed = len(kinds(kwargs)) > 1  # its reference is a union of two rrules, where BYSETPOS cannot apply
    if {"bymonth", "bymonthday", "byweekday"} & kwargs.keys() and not mixed and draw(st.booleans()):
        # A day holds one occurrence, a week one per weekday: larger positions never match (tested by name).
        most = {"DAILY": 1, "WEEKLY": len(kwargs.get("byweekday", [0]))}.get(freq, 3)
        kwargs["bysetpos"] = some(draw, [pos for pos in [1, 2, 3, -1, -2] if abs(pos) <= most], 2)
    for name in ("INTERVAL", "BYMONTH", "BYMONTHDAY", "BYSETPOS"):
        value = kwargs.get(name.lower())
        if value is not None:
            parts[name] = ",".join(map(str, value)) if isinstance(value, list) else str(value)
    return parts, kwargs


@st.composite
def dst_cases(draw: st.DrawFn) -> tuple[Case, date]:
    """A series with an occurrence near the time the clocks change, and the day they do."""
    zone = draw(st.sampled_from([NEW_YORK, BERLIN, LORD_HOWE]))
    change = draw(st.sampled_from(transition_days(zone, draw(st.integers(2000, 2060)))))
    clock = time(draw(st.integers(1, 2)), draw(st.sampled_from([0, 15, 30, 45])))
    freq, steps = draw(st.sampled_from(list(FREQS))), draw(st.integers(1, 3))
    kwargs: dict[str, Any] = {"freq": FREQS[freq], "wkst": 0}
    if freq in ("DAILY", "WEEKLY"):
        day = change - timedelta(days=steps * (1 if freq == "DAILY" else 7))
    elif freq == "MONTHLY":
        kwargs["bymonthday"] = [change.day]
        day = date(change.year - (change.month <= steps), (change.month - steps - 1) % 12 + 1, 1)
    else:
        kwargs.update(bymonth=[change.month], bymonthday=[change.day])
        day = date(change.year - steps, 1, 1)
    text = f"FREQ={freq}" + "".join(
        f";{name}={kwargs[key][0]}"
        for name, key in [("BYMONTH", "bymonth"), ("BYMONTHDAY", "bymonthday")]
        if key in kwargs
    )
    start = datetime.combine(day, clock, tzinfo=ZoneInfo(zone)).astimezone(UTC)
    return Case(text, zone, start, kwargs), change


def assert_wall_times(case: Case, series: list[datetime]) -> None:
    """After the first, each occurrence is at the series' wall time: in a fold its first instance, in a gap
    moved forward by the gap."""
    tz = ZoneInfo(case.zone)
    for moment in series[1:]:
        shown = moment.astimezone(tz).replace(tzinfo=None)
        intended = datetime.combine(shown.date(), case.wall.time())
        first, second = (intended.replace(tzinfo=tz, fold=fold).astimezone(UTC) for fold in (0, 1))
        if first.astimezone(tz).replace(tzinfo=None) == intended:  # it exists: the first of its instants
            event("in a fold" if first != second else "an ordinary wall time")
            assert moment == min(first, second)
        else:
            event("in a gap")
            gap = tz.utcoffset(intended.replace(fold=1)) - tz.utcoffset(intended.replace(fold=0))
            assert shown == intended + gap


# --- properties


@settings(max_examples=400, deadline=None)
@given(cases())
def test_walking_next_due_gives_the_dateutil_series_until_count_or_until(case):
    rule = parse_rule(case.text)
    assert parse_rule(rule.text) == rule
    assert rule.count == case.count
    if not has_more(case):
        event("the series is only its start")
        assert walk(rule, case.zone, case.start) == [case.start]
        return
    expected = reference(case)
    event(f"{len(expected)} occurrences" if len(expected) < MOST else "walked the most")
    assert walk(rule, case.zone, case.start) == expected
    assert_wall_times(case, expected)


@settings(max_examples=300, deadline=None)
@given(cases())
def test_check_has_occurrences_raises_exactly_when_the_series_is_only_its_start(case):
    rule = parse_rule(case.text)
    if case.count == 1 or has_more(case):
        check_has_occurrences(rule, zone=case.zone, series_start=case.start)
    else:
        with pytest.raises(InvalidRule, match="never produces an occurrence after the first"):
            check_has_occurrences(rule, zone=case.zone, series_start=case.start)


@settings(max_examples=250, deadline=None)
@given(cases(), st.integers(-40, 900), st.integers(0, 700), st.integers(0, 1439), st.integers(0, 15))
def test_preview_is_the_series_inside_the_window(case, offset, span, minutes, limit):
    window_start = case.start + timedelta(days=offset, minutes=minutes)
    window_end = window_start + timedelta(days=span, minutes=minutes)
    rule = parse_rule(case.text)
    series = reference(case, most=10_000, stop=window_end) if has_more(case) else [case.start]
    expected = [moment for moment in series if window_start <= moment <= window_end][:limit]
    found = preview(
        rule, zone=case.zone, series_start=case.start, start=window_start, end=window_end, limit=limit
    )
    assert found == expected
    assert all(moment.tzinfo is UTC for moment in found)


@settings(max_examples=150, deadline=None)
@given(dst_cases())
def test_an_occurrence_on_a_dst_change_day_keeps_its_wall_time_unless_a_gap_moves_it_forward(case_and_change):
    case, change = case_and_change
    found = walk(parse_rule(case.text), case.zone, case.start)
    assert found == reference(case)
    assert change in {moment.astimezone(ZoneInfo(case.zone)).date() for moment in found}
    assert_wall_times(case, found)


@settings(max_examples=250, deadline=None)
@given(cases(), st.integers(0, MOST - 1), st.integers(-36, 24 * 90))
def test_completion_restarts_the_rule_on_the_completion_day(case, index, hours):
    rule, more = parse_rule(case.text), has_more(case)
    series = reference(case) if more else [case.start]
    index = min(index, len(series) - 1)
    due, completed = series[index], series[index] + timedelta(hours=hours)
    found = next_due(
        rule,
        zone=case.zone,
        series_start=case.start,
        due=due,
        occurrence=index + 1,
        anchor="completion",
        completed_at=completed,
    )
    restart = datetime.combine(completed.astimezone(ZoneInfo(case.zone)).date(), case.wall.time())
    match = first_match(case.kwargs, restart)
    if case.count is not None and index + 1 >= case.count:
        event("completion: COUNT reached")
        assert found is None
    elif match is None or beyond_horizon(restart, match):  # INTERVAL skips every match: the series' next one
        event("completion: the restarted rule never matches")
        later = max(due, completed)
        series = reference(case, most=10_000, stop=later) if more else []
        following = [moment for moment in series if moment > later]
        assert found == (following[0] if following else None)
    elif past_until(case, match):
        event("completion: past UNTIL")
        assert found is None
    else:
        event("completion: the restarted rule's next match")
        assert found == in_zone(match, case.zone)
        assert found.astimezone(ZoneInfo(case.zone)).date() > restart.date()


_WORDS = ["FREQ", "=", ";", ",", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", "HOURLY", "COUNT", "UNTIL"]
_MORE = ["INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST", "BYHOUR", "MO", "FR", "2TU"]
_NUMBERS = ["-1", "0", "1", "53", "366", "99999", "20240229", "20240230", "20240101T000000Z", "T", "Z", " "]
# The last: an Arabic-Indic digit one, which int() would take.
_TOKENS = st.sampled_from([*_WORDS, *_MORE, *_NUMBERS, "RRULE:", "x", "\u00e9", "\u0661"])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.lists(_TOKENS, max_size=14).map("".join), st.text(max_size=40)))
def test_any_text_is_a_rule_or_an_invalid_rule_never_another_error(text):
    try:
        rule = parse_rule(text)
    except InvalidRule:
        return
    assert parse_rule(rule.text) == rule
    start = at(NEW_YORK, 2024, 3, 10, 2, 30)
    try:
        check_has_occurrences(rule, zone=NEW_YORK, series_start=start)
    except InvalidRule:
        return
    walk(rule, NEW_YORK, start, most=3)


# --- the common cases, by name


def series(text: str, zone: str, start: datetime, most: int = 6) -> list[str]:
    return [local(moment, zone) for moment in walk(parse_rule(text), zone, start, most)]


def test_every_second_tuesday():
    assert series("FREQ=MONTHLY;BYDAY=2TU", NEW_YORK, at(NEW_YORK, 2024, 1, 9, 9), 4) == [
        "Tue 2024-01-09 09:00 EST",
        "Tue 2024-02-13 09:00 EST",
        "Tue 2024-03-12 09:00 EDT",
        "Tue 2024-04-09 09:00 EDT",
    ]


def test_last_friday():
    assert series("FREQ=MONTHLY;BYDAY=-1FR", BERLIN, at(BERLIN, 2024, 1, 26, 17), 4) == [
        "Fri 2024-01-26 17:00 CET",
        "Fri 2024-02-23 17:00 CET",
        "Fri 2024-03-29 17:00 CET",
        "Fri 2024-04-26 17:00 CEST",
    ]


def test_last_weekday_of_the_month():
    text = "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"
    assert series(text, "UTC", at("UTC", 2024, 1, 31, 12), 5) == [
        "Wed 2024-01-31 12:00 UTC",
        "Thu 2024-02-29 12:00 UTC",
        "Fri 2024-03-29 12:00 UTC",  # the 31st is a Sunday
        "Tue 2024-04-30 12:00 UTC",
        "Fri 2024-05-31 12:00 UTC",
    ]


def test_the_31st_skips_the_months_without_one():
    assert series("FREQ=MONTHLY;BYMONTHDAY=31", "UTC", at("UTC", 2024, 1, 31, 8), 4) == [
        "Wed 2024-01-31 08:00 UTC",
        "Sun 2024-03-31 08:00 UTC",
        "Fri 2024-05-31 08:00 UTC",
        "Wed 2024-07-31 08:00 UTC",
    ]


def test_bymonthday_minus_one_is_every_months_last_day():
    assert series("FREQ=MONTHLY;BYMONTHDAY=-1", "UTC", at("UTC", 2023, 12, 31, 8), 4) == [
        "Sun 2023-12-31 08:00 UTC",
        "Wed 2024-01-31 08:00 UTC",
        "Thu 2024-02-29 08:00 UTC",
        "Sun 2024-03-31 08:00 UTC",
    ]


def test_yearly_on_29_february_waits_for_leap_years_and_skips_2100():
    assert series("FREQ=YEARLY", "UTC", at("UTC", 2096, 2, 29, 8), 3) == [
        "Wed 2096-02-29 08:00 UTC",
        "Fri 2104-02-29 08:00 UTC",
        "Wed 2108-02-29 08:00 UTC",
    ]


def test_0900_in_new_york_stays_0900_across_both_changes_and_the_utc_hour_moves():
    found = walk(parse_rule("FREQ=WEEKLY"), NEW_YORK, at(NEW_YORK, 2024, 3, 3, 9), 36)
    assert {moment.astimezone(ZoneInfo(NEW_YORK)).hour for moment in found} == {9}
    assert [moment.hour for moment in found[:2]] == [14, 13]  # EST, then EDT from 10 March
    assert [moment.hour for moment in found[34:36]] == [13, 14]  # EDT, then EST from 3 November


def test_a_weekly_0230_moves_to_0330_on_the_spring_forward_day_only():
    assert series("FREQ=WEEKLY", NEW_YORK, at(NEW_YORK, 2024, 3, 3, 2, 30), 3) == [
        "Sun 2024-03-03 02:30 EST",
        "Sun 2024-03-10 03:30 EDT",  # 02:30 does not exist that day
        "Sun 2024-03-17 02:30 EDT",
    ]


def test_an_ambiguous_0130_is_its_first_instance():
    found = walk(parse_rule("FREQ=DAILY"), NEW_YORK, at(NEW_YORK, 2024, 11, 2, 1, 30), 3)
    assert [local(moment, NEW_YORK) for moment in found] == [
        "Sat 2024-11-02 01:30 EDT",
        "Sun 2024-11-03 01:30 EDT",  # not 01:30 EST, an hour later
        "Mon 2024-11-04 01:30 EST",
    ]


def test_lord_howe_moves_its_clocks_by_half_an_hour():
    gap = walk(parse_rule("FREQ=DAILY"), LORD_HOWE, at(LORD_HOWE, 2024, 10, 5, 2, 15), 3)
    assert [local(moment, LORD_HOWE) for moment in gap] == [
        "Sat 2024-10-05 02:15 +1030",
        "Sun 2024-10-06 02:45 +11",  # 02:00-02:30 does not exist
        "Mon 2024-10-07 02:15 +11",
    ]
    fold = walk(parse_rule("FREQ=DAILY"), LORD_HOWE, at(LORD_HOWE, 2024, 4, 6, 1, 45), 3)
    assert [local(moment, LORD_HOWE) for moment in fold] == [
        "Sat 2024-04-06 01:45 +11",
        "Sun 2024-04-07 01:45 +11",  # 01:30-02:00 happens twice: the first time
        "Mon 2024-04-08 01:45 +1030",
    ]


def test_a_skipped_day_does_not_repeat_the_next_days_occurrence():
    # Samoa skipped 30 December 2011: its 09:00 moves forward by the 24-hour gap, onto the 31st's 09:00.
    assert series("FREQ=DAILY", "Pacific/Apia", at("Pacific/Apia", 2011, 12, 29, 9), 3) == [
        "Thu 2011-12-29 09:00 -10",
        "Sat 2011-12-31 09:00 +14",
        "Sun 2012-01-01 09:00 +14",
    ]


def test_the_start_is_occurrence_one_even_when_the_rule_does_not_match_it():
    assert series("FREQ=MONTHLY;BYDAY=2TU;COUNT=2", NEW_YORK, at(NEW_YORK, 2024, 1, 3, 9)) == [
        "Wed 2024-01-03 09:00 EST",
        "Tue 2024-01-09 09:00 EST",
    ]


def test_count_ends_the_series_with_none():
    rule, start = parse_rule("FREQ=DAILY;COUNT=3"), at(BERLIN, 2024, 5, 1, 8)
    assert len(walk(rule, BERLIN, start)) == 3
    third = at(BERLIN, 2024, 5, 3, 8)
    assert next_due(rule, zone=BERLIN, series_start=start, due=third, occurrence=3, anchor="due") is None


def test_until_ends_the_series_with_none_a_date_at_the_end_of_its_local_day_a_date_time_in_utc():
    start = at(NEW_YORK, 2024, 5, 1, 23, 30)  # 03:30 UTC the next day
    assert len(walk(parse_rule("FREQ=DAILY;UNTIL=20240503"), NEW_YORK, start)) == 3
    assert len(walk(parse_rule("FREQ=DAILY;UNTIL=20240504T033000Z"), NEW_YORK, start)) == 3
    assert len(walk(parse_rule("FREQ=DAILY;UNTIL=20240504T032959Z"), NEW_YORK, start)) == 2
    rule = parse_rule("FREQ=DAILY;UNTIL=20240502")
    last = at(NEW_YORK, 2024, 5, 2, 23, 30)
    assert next_due(rule, zone=NEW_YORK, series_start=start, due=last, occurrence=2, anchor="due") is None


def test_a_byday_list_is_a_union_of_weekdays_with_and_without_ordinals():
    # dateutil intersects them (nothing is both a Monday and the first Tuesday); RFC 5545 lists are unions.
    assert series("FREQ=MONTHLY;BYDAY=MO,1TU", "UTC", at("UTC", 2024, 1, 1, 9), 7) == [
        "Mon 2024-01-01 09:00 UTC",
        "Tue 2024-01-02 09:00 UTC",
        "Mon 2024-01-08 09:00 UTC",
        "Mon 2024-01-15 09:00 UTC",
        "Mon 2024-01-22 09:00 UTC",
        "Mon 2024-01-29 09:00 UTC",
        "Mon 2024-02-05 09:00 UTC",
    ]
    assert series("FREQ=MONTHLY;BYDAY=FR,1MO;BYSETPOS=1,-1", "UTC", at("UTC", 2024, 1, 1, 9), 6) == [
        "Mon 2024-01-01 09:00 UTC",
        "Fri 2024-01-26 09:00 UTC",
        "Fri 2024-02-02 09:00 UTC",
        "Fri 2024-02-23 09:00 UTC",
        "Fri 2024-03-01 09:00 UTC",
        "Fri 2024-03-29 09:00 UTC",
    ]


def test_a_due_date_off_the_series_is_followed_by_the_series_next_occurrence():
    rule, start = parse_rule("FREQ=DAILY"), at(BERLIN, 2024, 5, 1, 9)
    moved_earlier = at(BERLIN, 2024, 5, 3, 7)  # the task was rescheduled from 09:00 to 07:00
    found = next_due(rule, zone=BERLIN, series_start=start, due=moved_earlier, occurrence=3, anchor="due")
    assert local(found, BERLIN) == "Fri 2024-05-03 09:00 CEST"
    before_start = at(BERLIN, 2024, 4, 1, 9)
    assert (
        next_due(rule, zone=BERLIN, series_start=start, due=before_start, occurrence=1, anchor="due") == start
    )


def test_the_microseconds_of_the_start_are_kept():
    start = at("UTC", 2024, 5, 1, 8, 0, 0, 123456)
    assert walk(parse_rule("FREQ=DAILY"), "UTC", start, 2)[1] == at("UTC", 2024, 5, 2, 8, 0, 0, 123456)


# --- anchor="completion"


def completion(text: str, start: datetime, completed: datetime, zone: str = NEW_YORK, occurrence: int = 1):
    rule = parse_rule(text)
    return next_due(
        rule,
        zone=zone,
        series_start=start,
        due=start,
        occurrence=occurrence,
        anchor="completion",
        completed_at=completed,
    )


def test_completion_every_three_days_counts_from_the_completion_day_at_the_series_time():
    found = completion("FREQ=DAILY;INTERVAL=3", at(NEW_YORK, 2024, 1, 9, 9), at(NEW_YORK, 2024, 1, 10, 15))
    assert local(found, NEW_YORK) == "Sat 2024-01-13 09:00 EST"


def test_completion_of_a_monday_task_on_a_wednesday_is_due_the_next_monday():
    found = completion("FREQ=WEEKLY;BYDAY=MO", at(NEW_YORK, 2024, 1, 8, 9), at(NEW_YORK, 2024, 1, 10, 15))
    assert local(found, NEW_YORK) == "Mon 2024-01-15 09:00 EST"


def test_completion_when_the_restarted_rule_never_matches_uses_the_series_next_occurrence():
    # Every 7th day from a Wednesday is never a Monday.
    text, start = "FREQ=DAILY;INTERVAL=7;BYDAY=MO", at(NEW_YORK, 2024, 1, 8, 9)
    found = completion(text, start, at(NEW_YORK, 2024, 1, 10, 15))
    assert local(found, NEW_YORK) == "Mon 2024-01-15 09:00 EST"


def test_completion_keeps_count_and_until():
    start, completed = at(NEW_YORK, 2024, 1, 8, 9), at(NEW_YORK, 2024, 1, 10, 15)
    assert completion("FREQ=DAILY;COUNT=2", start, completed, occurrence=2) is None
    assert completion("FREQ=DAILY;COUNT=3", start, completed, occurrence=2) is not None
    assert completion("FREQ=DAILY;UNTIL=20240110", start, completed) is None
    last = completion("FREQ=DAILY;UNTIL=20240111", start, completed)
    assert local(last, NEW_YORK) == "Thu 2024-01-11 09:00 EST"


def test_completion_past_the_last_occurrence_of_a_count_is_the_end_not_an_occurrence_past_count():
    # Mondays of every other month from January, so Januaries only: 1 Jan 2000, then 3 Jan 2000 to 8 Jan 2001.
    text, start = "FREQ=MONTHLY;BYDAY=MO,1MO;INTERVAL=2;BYMONTH=1;COUNT=8", at(NEW_YORK, 2000, 1, 1, 1, 30)
    rule, seventh = parse_rule(text), at(NEW_YORK, 2001, 1, 1, 1, 30)
    assert walk(rule, NEW_YORK, start)[-2:] == [seventh, at(NEW_YORK, 2001, 1, 8, 1, 30)]
    # Restarted in February, INTERVAL=2 never reaches a January; the rule's next match (7 Jan 2002) is a 9th.
    completed = at(NEW_YORK, 2001, 2, 1, 0, 30)
    found = next_due(
        rule,
        zone=NEW_YORK,
        series_start=start,
        due=seventh,
        occurrence=7,
        anchor="completion",
        completed_at=completed,
    )
    assert found is None
    moved = next_due(rule, zone=NEW_YORK, series_start=start, due=completed, occurrence=7, anchor="due")
    assert moved is None  # likewise a due date moved past the 8th


# --- preview


def test_preview_far_ahead_is_the_series_there():
    text, start = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU", at(BERLIN, 2024, 1, 9, 9)
    window = (at(BERLIN, 2224, 3, 1), at(BERLIN, 2224, 5, 1))
    found = preview(parse_rule(text), zone=BERLIN, series_start=start, start=window[0], end=window[1])
    kwargs = {"freq": WEEKLY, "interval": 2, "byweekday": (1, 6), "wkst": 6}
    expected = rrule(dtstart=start.replace(tzinfo=None), until=window[1].replace(tzinfo=None), **kwargs)
    assert found == [in_zone(match, BERLIN) for match in expected if match >= window[0].replace(tzinfo=None)]
    assert len(found) == 8


def test_preview_includes_the_start_and_stops_at_the_limit():
    start = at("UTC", 2024, 1, 1, 9)
    found = preview(parse_rule("FREQ=DAILY"), zone="UTC", series_start=start, start=start, end=start, limit=5)
    assert found == [start]
    found = preview(
        parse_rule("FREQ=DAILY"),
        zone="UTC",
        series_start=start,
        start=start,
        end=at("UTC", 2025, 1, 1),
        limit=3,
    )
    assert found == [start, at("UTC", 2024, 1, 2, 9), at("UTC", 2024, 1, 3, 9)]


# --- invalid rules and inputs


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("FREQ=HOURLY", "FREQ=HOURLY is not supported; tasks recur DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20240101", "COUNT and UNTIL cannot be used together"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL must be a whole number from 1 to 999, not '0'"),
        ("FREQ=DAILY;INTERVAL=1000", "INTERVAL must be a whole number from 1 to 999"),
        ("FREQ=DAILY;COUNT=0", "COUNT must be a whole number from 1 to 1000"),
        ("FREQ=DAILY;COUNT=\u0661", "COUNT must be a whole number from 1 to 1000"),  # an Arabic-Indic 1
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY values are MO to SU, optionally with an ordinal (2TU), not 'XX'"),
        ("FREQ=WEEKLY;BYDAY=2TU", "BYDAY ordinals such as 2TU need FREQ=MONTHLY or FREQ=YEARLY"),
        ("FREQ=MONTHLY;BYDAY=6MO", "the BYDAY ordinal in 6MO must be from 1 to 5 or -5 to -1"),
        ("FREQ=YEARLY;BYDAY=54MO", "the BYDAY ordinal in 54MO must be from 1 to 53"),
        ("FREQ=MONTHLY;BYDAY=0MO", "the BYDAY ordinal in 0MO"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY values must be whole numbers from 1 to 31 or -31 to -1"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH values must be whole numbers from 1 to 12, not '13'"),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY cannot be used with FREQ=WEEKLY"),
        ("FREQ=DAILY;FOO=1", "unknown part 'FOO'"),
        ("FREQ=DAILY;BYHOUR=9", "BYHOUR is not supported"),
        ("FREQ=DAILY;COUNT=2;COUNT=3", "COUNT appears more than once"),
        ("FREQ=DAILY;COUNT=", "COUNT has no value"),
        ("FREQ=DAILY;;COUNT=2", "the rule has an empty part"),
        ("FREQ=DAILY;", "the rule has an empty part"),
        ("", "the rule is empty"),
        ("RRULE:", "the rule is empty"),
        ("hello", "'HELLO' is not a NAME=VALUE part"),
        ("FREQ=DAILY;" + "BYMONTH=1;" * 60, "the rule is longer than 500 characters"),
        ("INTERVAL=2", "FREQ is required"),
        ("FREQ=FORTNIGHTLY", "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, not 'FORTNIGHTLY'"),
        ("FREQ=DAILY;UNTIL=20240101T000000", "UNTIL must be a date (YYYYMMDD) or a UTC date-time"),
        ("FREQ=DAILY;UNTIL=20230229", "UNTIL 20230229 is not a real date"),
        ("FREQ=WEEKLY;WKST=XX", "WKST must be one of MO, TU, WE, TH, FR, SA, SU"),
    ],
)
def test_an_invalid_rule_says_what_is_wrong(text, reason):
    with pytest.raises(InvalidRule) as raised:
        parse_rule(text)
    assert reason in raised.value.reason
    assert str(raised.value) == raised.value.reason


@pytest.mark.parametrize(
    "text",
    [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6",
        "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2",
        "FREQ=DAILY;BYMONTH=1;BYSETPOS=2",
        "FREQ=MONTHLY;INTERVAL=2;BYMONTH=2",  # every other month from January is never February
        "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",  # from 2025, every 4th year is never a leap year
        "FREQ=DAILY;UNTIL=20250101",  # before the second occurrence
    ],
)
def test_a_rule_without_a_second_occurrence_is_invalid(text):
    with pytest.raises(InvalidRule, match=r"^the rule never produces an occurrence after the first$"):
        check_has_occurrences(parse_rule(text), zone=BERLIN, series_start=at(BERLIN, 2025, 1, 1, 9))


def test_count_one_is_a_series_of_one_and_valid():
    rule, start = parse_rule("FREQ=DAILY;COUNT=1"), at(BERLIN, 2025, 1, 1, 9)
    check_has_occurrences(rule, zone=BERLIN, series_start=start)
    assert walk(rule, BERLIN, start) == [start]


def test_a_rule_is_normalised():
    rule = parse_rule("  rrule:byday=fr,-1mo,mo,2tu;interval=02;freq=monthly;wkst=su;count=+5 ")
    assert rule.text == "FREQ=MONTHLY;COUNT=5;INTERVAL=2;BYDAY=-1MO,MO,2TU,FR;WKST=SU"
    assert rule.count == 5
    assert parse_rule("FREQ=DAILY;UNTIL=20240101T120000Z").text == "FREQ=DAILY;UNTIL=20240101T120000Z"


def test_naive_datetimes_and_a_completion_without_its_time_are_refused():
    rule, start = parse_rule("FREQ=DAILY"), at("UTC", 2024, 1, 1)
    with pytest.raises(ValueError, match="no time zone"):
        preview(rule, zone="UTC", series_start=start, start=datetime(2024, 1, 1), end=start)
    with pytest.raises(ValueError, match="completed_at"):
        next_due(rule, zone="UTC", series_start=start, due=start, occurrence=1, anchor="completion")
