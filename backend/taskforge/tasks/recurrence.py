"""Recurring tasks: RFC 5545 recurrence rules (RRULE), parsed strictly (tasks/rrule_text.py), expanded here
in a zone's wall-clock time.

python-dateutil's rrule is the reference: a rule matches the days dateutil's rrule yields for it. Where this
module departs from calling dateutil directly, it is on purpose:

- The series' first due date (`series_start`) is always occurrence 1, even when the rule does not match it
  (RFC 5545: "The DTSTART property value always counts as the first occurrence"; dateutil skips it). The
  later occurrences are the rule's matches after it. COUNT counts occurrence 1 too; UNTIL is inclusive (a date
  UNTIL is the end of that local day, a date-time UNTIL is UTC).
- Expansion happens in the wall-clock time of the task's zone, so a 09:00 task stays at 09:00 local across
  daylight-saving changes and its UTC hour changes instead. A wall time that does not exist (in a DST gap)
  moves forward by the gap: 02:30 on the New York spring-forward day becomes 03:30. An ambiguous wall time
  (in a DST fold) is its first instance (fold=0): 01:30 on the New York fall-back day is 01:30 EDT.
- A BYDAY list is a union, as RFC 5545 has it: BYDAY=MO,1TU is every Monday and the first Tuesday. dateutil
  intersects a list that mixes weekdays with and without ordinals, so it never matches.
- The search for the next occurrence gives up after 100 years without one (or after two periods of the rule,
  when they are longer). dateutil scans up to the year 9999 for a rule that never matches again, even with
  UNTIL set: about 4 seconds for FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30.

Every datetime passed in must be timezone-aware (ValueError otherwise); every datetime returned is aware UTC.
`zone` is an IANA zone name; an unknown one raises zoneinfo.ZoneInfoNotFoundError.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import MAXYEAR, UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import islice
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY, rrule, weekday

from taskforge.tasks.rrule_text import Freq, InvalidRule, Rule, parse_rule

__all__ = ["InvalidRule", "Rule", "check_has_occurrences", "next_due", "parse_rule", "preview"]

_HORIZON_DAYS = 36525  # 100 years
_LAST_DAY = date.max.toordinal()
# An INTERVAL (in months or years) that takes dateutil past the year 9999 after one period, so it stops there.
_ONE_PERIOD = 120_000
# Months and years with the same (leap year?, weekday of 1 January) match the same days; 2001-28 hold all 14.
_SAME_CALENDAR = {(calendar.isleap(year), date(year, 1, 1).weekday()): year for year in range(2001, 2029)}


def next_due(
    rule: Rule,
    *,
    zone: str,
    series_start: datetime,
    due: datetime,
    occurrence: int,
    anchor: Literal["due", "completion"],
    completed_at: datetime | None = None,
) -> datetime | None:
    """The due date of the occurrence after `due` (occurrence number `occurrence`); None once the series ends.

    With anchor="due": the series' first occurrence after `due`. With anchor="completion": the rule restarts
    on the local day of `completed_at` at the series' wall time, and the result is its first match after that
    day; if INTERVAL skips every matching period from there (FREQ=DAILY;INTERVAL=7;BYDAY=MO restarted on a
    Wednesday), it is the series' own next occurrence after the completion. COUNT and UNTIL end the series
    either way. ValueError for a naive datetime, an occurrence below 1, or "completion" without completed_at.
    """
    if occurrence < 1:
        raise ValueError("occurrence counts from 1")
    tz = ZoneInfo(zone)
    start = _wall(series_start, tz)
    if rule.count is not None and occurrence >= rule.count:
        return None
    if anchor == "completion":
        if completed_at is None:
            raise ValueError("anchor='completion' needs completed_at")
        restart = datetime.combine(_wall(completed_at, tz).date(), start.time())
        day = next(_dates(_pattern(rule, restart.date()), restart.date(), restart.date()), None)
        if day is not None:
            return _at(rule, tz, datetime.combine(day, start.time()))
        due = max(due, completed_at)
    if _utc(due) < _utc(series_start):
        return _utc(series_start)
    if rule.count is not None:  # `due` may be past several occurrences (a completion, a move): count from 1
        later: Iterator[datetime] = islice(_occurrences(rule, tz, start, start.date()), rule.count - 1)
    else:  # two days of slack: a gap can move a wall time past midnight into the day of `due`
        later = _occurrences(rule, tz, start, max(start.date(), _wall(due, tz).date() - timedelta(days=2)))
    return next((moment for moment in later if moment > due), None)


def preview(
    rule: Rule, *, zone: str, series_start: datetime, start: datetime, end: datetime, limit: int = 100
) -> list[datetime]:
    """The series' due dates from `start` to `end`, at most `limit`, in order. ValueError if naive."""
    tz = ZoneInfo(zone)
    wall_start, start, end = _wall(series_start, tz), _utc(start), _utc(end)
    found = [_utc(series_start)] if start <= series_start <= end else []
    if rule.count is None:  # no count to keep: begin at the window, not at the series' start
        later = _occurrences(rule, tz, wall_start, _wall(start, tz).date() - timedelta(days=2))
    else:
        later = islice(_occurrences(rule, tz, wall_start, wall_start.date()), rule.count - 1)
    for moment in later:
        if moment > end or len(found) >= limit:
            break
        if moment >= start:
            found.append(moment)
    return found[: max(limit, 0)]


def check_has_occurrences(rule: Rule, *, zone: str, series_start: datetime) -> None:
    """InvalidRule when the series would be only its start (BYMONTH=2;BYMONTHDAY=30); COUNT=1 is fine."""
    if rule.count == 1:
        return
    tz = ZoneInfo(zone)
    wall_start = _wall(series_start, tz)
    if next(_occurrences(rule, tz, wall_start, wall_start.date()), None) is None:
        raise InvalidRule("the rule never produces an occurrence after the first")


# --- parsing


@dataclass(frozen=True)
class _Pattern:
    """A rule's day-choosing parts, with the defaults dateutil takes from its start date made explicit."""

    freq: Freq
    interval: int
    bymonth: tuple[int, ...]
    bymonthday: tuple[int, ...]
    byday: tuple[tuple[int, int], ...]
    bysetpos: tuple[int, ...]
    wkst: int


def _pattern(rule: Rule, origin: date) -> _Pattern:
    bymonth, bymonthday, byday = rule.bymonth, rule.bymonthday, rule.byday
    if not bymonthday and not byday:  # what dateutil fills in from its dtstart
        if rule.freq == WEEKLY:
            byday = ((origin.weekday(), 0),)
        elif rule.freq in (MONTHLY, YEARLY):
            bymonthday = (origin.day,)
            if rule.freq == YEARLY and not bymonth:
                bymonth = (origin.month,)
    return _Pattern(rule.freq, rule.interval, bymonth, bymonthday, byday, rule.bysetpos, rule.wkst)


def _occurrences(rule: Rule, tz: ZoneInfo, origin: datetime, first: date) -> Iterator[datetime]:
    """The rule's occurrences (UTC) after the wall time `origin`, from the local day `first` on, to UNTIL."""
    last = None
    for day in _dates(_pattern(rule, origin.date()), origin.date(), first):
        moment = _at(rule, tz, datetime.combine(day, origin.time()))
        if moment is None:
            return
        if last is None or moment > last:  # a gap of a whole day (Pacific/Apia, 2011) lands on the next day's
            last = moment
            yield moment


def _at(rule: Rule, tz: ZoneInfo, wall: datetime) -> datetime | None:
    """The instant (UTC) of a wall time in `tz`, or None when it is past UNTIL or the year 9999."""
    if isinstance(rule.until, date) and not isinstance(rule.until, datetime) and wall.date() > rule.until:
        return None
    try:
        moment = wall.replace(tzinfo=tz, fold=0).astimezone(UTC)
    except OverflowError:
        return None
    return None if isinstance(rule.until, datetime) and moment > rule.until else moment


def _dates(p: _Pattern, origin: date, first: date) -> Iterator[date]:
    """The days after `origin`, from `first` on, that `p` matches with its periods counted from `origin`'s.

    Gives up after 100 years (and two periods) without a match: a rule that never matches again costs little.
    """
    if p.freq == DAILY:
        yield from _daily(p, origin, first)
        return
    if p.freq == WEEKLY and p.bysetpos and min(map(abs, p.bysetpos)) > len(p.byday):
        return  # every BYSETPOS asks for more matches than a week holds
    give_up = first.toordinal() + _HORIZON_DAYS
    index = _period_index(p, origin, first)
    for scanned in range(_LAST_DAY):
        period = _period(p, origin, index + scanned)
        if period is None or (period.toordinal() > give_up and scanned >= 2):
            return
        for day in _matches(p, period):
            if day > origin and day >= first:
                yield day
                give_up = day.toordinal() + _HORIZON_DAYS


def _daily(p: _Pattern, origin: date, first: date) -> Iterator[date]:
    # Walks each year's matching days rather than every day, so a rule that rarely matches costs little.
    if p.bysetpos and 1 not in p.bysetpos and -1 not in p.bysetpos:
        return  # a day's set holds one occurrence
    low = max(origin.toordinal() + 1, first.toordinal())
    give_up = low + _HORIZON_DAYS
    for year in range(date.fromordinal(min(low, _LAST_DAY)).year, MAXYEAR + 1):
        january = date(year, 1, 1).toordinal()
        if january > give_up:
            return
        for offset in _days_of_year(p, _calendar(year)):
            ordinal = january + offset
            if ordinal >= low and (ordinal - origin.toordinal()) % p.interval == 0:
                yield date.fromordinal(ordinal)
                give_up = ordinal + _HORIZON_DAYS


def _period_index(p: _Pattern, origin: date, first: date) -> int:
    """The number of the period that holds `first` (or, between periods, precedes it); `origin`'s is 0."""
    if p.freq == WEEKLY:
        return max(0, (first - _week_start(origin, p.wkst)).days // (7 * p.interval))
    months = (12 if p.freq == YEARLY else 1) * p.interval
    return max(0, (first.year * 12 + first.month - 1 - _first_month(p, origin)) // months)


def _period(p: _Pattern, origin: date, index: int) -> date | None:
    """The first day of period number `index` (WEEKLY, MONTHLY or YEARLY), or None past the year 9999."""
    if p.freq == WEEKLY:
        if index == 0:
            return origin  # as in dateutil, the first week runs from the start to the next WKST
        ordinal = _week_start(origin, p.wkst).toordinal() + 7 * p.interval * index
        return date.fromordinal(ordinal) if ordinal <= _LAST_DAY else None
    year, month = divmod(_first_month(p, origin) + (12 if p.freq == YEARLY else 1) * p.interval * index, 12)
    return date(year, month + 1, 1) if year <= MAXYEAR else None


def _matches(p: _Pattern, period: date) -> list[date]:
    """The days `p` matches in the week, month or year that begins on `period`."""
    if p.freq == WEEKLY:
        length = min(7 - (period.weekday() - p.wkst) % 7, _LAST_DAY - period.toordinal() + 1)
        days = [period + timedelta(days=offset) for offset in range(length)]
        return _select([day for day in days if _day_matches(p, day)], p.bysetpos)
    month = period.month if p.freq == MONTHLY else 1
    return [period + timedelta(days=offset) for offset in _period_offsets(p, _calendar(period.year), month)]


@lru_cache(maxsize=1024)
def _period_offsets(p: _Pattern, year_calendar: tuple[bool, int], month: int) -> tuple[int, ...]:
    """Offsets from its first day of the days `p` matches in a month (MONTHLY) or year (YEARLY)."""
    period = date(_SAME_CALENDAR[year_calendar], month, 1)
    plain = [weekday(day) for day, ordinal in p.byday if not ordinal]
    numbered = [weekday(day, ordinal) for day, ordinal in p.byday if ordinal]
    if plain and numbered:  # dateutil intersects MO with 1TU; in RFC 5545 a BYDAY list is a union
        either = {*_one_period(p, period, plain), *_one_period(p, period, numbered)}
        days = _select(sorted(either), p.bysetpos)
    else:
        days = _one_period(p, period, plain or numbered, p.bysetpos)
    return tuple((day - period).days for day in days)


def _one_period(
    p: _Pattern, period: date, byday: list[weekday], bysetpos: tuple[int, ...] = ()
) -> list[date]:
    """dateutil's matches in the one period that begins on `period`."""
    matches = rrule(
        p.freq,
        dtstart=period,
        interval=_ONE_PERIOD,
        wkst=p.wkst,
        bymonth=p.bymonth or None,
        bymonthday=p.bymonthday or None,
        byweekday=byday or None,
        bysetpos=bysetpos or None,
    )
    return [match.date() for match in matches]


@lru_cache(maxsize=1024)
def _days_of_year(p: _Pattern, year_calendar: tuple[bool, int]) -> tuple[int, ...]:
    """Offsets from 1 January of the days that pass `p`'s BYMONTH, BYMONTHDAY and BYDAY in such a year."""
    january = date(_SAME_CALENDAR[year_calendar], 1, 1)
    days = (january + timedelta(days=offset) for offset in range(365 + year_calendar[0]))
    return tuple((day - january).days for day in days if _day_matches(p, day))


def _day_matches(p: _Pattern, day: date) -> bool:
    # DAILY and WEEKLY rules only: their BYDAY has no ordinals.
    if p.bymonth and day.month not in p.bymonth:
        return False
    if p.bymonthday:
        length = calendar.monthrange(day.year, day.month)[1]
        if day.day not in p.bymonthday and day.day - length - 1 not in p.bymonthday:
            return False
    return not p.byday or any(day.weekday() == weekday for weekday, _ in p.byday)


def _select(days: list[date], bysetpos: tuple[int, ...]) -> list[date]:
    if not bysetpos:
        return days
    return sorted({days[pos - 1 if pos > 0 else pos] for pos in bysetpos if -len(days) <= pos <= len(days)})


def _first_month(p: _Pattern, origin: date) -> int:
    return origin.year * 12 + (origin.month - 1 if p.freq == MONTHLY else 0)


def _week_start(day: date, wkst: int) -> date:
    return day - timedelta(days=(day.weekday() - wkst) % 7)


def _calendar(year: int) -> tuple[bool, int]:
    return calendar.isleap(year), date(year, 1, 1).weekday()


def _wall(moment: datetime, tz: ZoneInfo) -> datetime:
    """The naive wall time of an aware datetime in `tz`; ValueError if it is naive."""
    return _utc(moment).astimezone(tz).replace(tzinfo=None, fold=0)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment.isoformat()} has no time zone; recurrence needs aware datetimes")
    return moment.astimezone(UTC)
