"""Recurrence rules as text: an RFC 5545 RRULE value parsed strictly into a Rule (InvalidRule says, in a
sentence fit for an API client, what is wrong), and written back in a normal form. Expanding a rule into due
dates is tasks/recurrence.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Literal

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, YEARLY

Freq = Literal[0, 1, 2, 3]  # dateutil's YEARLY, MONTHLY, WEEKLY, DAILY

MAX_RULE_LENGTH = 500
_FREQS: dict[str, Freq] = {"YEARLY": YEARLY, "MONTHLY": MONTHLY, "WEEKLY": WEEKLY, "DAILY": DAILY}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# In the order of RFC 5545's grammar.
_PARTS = ("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "WKST")
_SUB_DAY_PARTS = ("BYSECOND", "BYMINUTE", "BYHOUR", "BYYEARDAY", "BYWEEKNO")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_BYDAY = re.compile(r"([+-]?[0-9]{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_UNTIL = re.compile(r"([0-9]{8})(T[0-9]{6}Z)?")


class InvalidRule(ValueError):
    """A recurrence rule that cannot be used; `reason` says why, in a sentence fit for an API client."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Rule:
    """A parsed recurrence rule; make one with parse_rule."""

    text: str  # normalised: upper case, RFC 5545 part order, no "RRULE:" prefix
    count: int | None
    freq: Freq
    interval: int = 1
    until: date | datetime | None = None  # a local date, or an aware UTC date-time
    byday: tuple[tuple[int, int], ...] = ()  # (weekday, ordinal): MO is 0, ordinal 0 means every such weekday
    bymonthday: tuple[int, ...] = ()
    bymonth: tuple[int, ...] = ()
    bysetpos: tuple[int, ...] = ()
    wkst: int = 0


def parse_rule(text: str) -> Rule:
    """The rule an RRULE value such as "FREQ=MONTHLY;BYDAY=2TU" states; InvalidRule says what is wrong."""
    parts = _split(text)
    if "FREQ" not in parts:
        raise InvalidRule("FREQ is required, e.g. FREQ=WEEKLY")
    freq = _freq(parts["FREQ"])
    count = _number("COUNT", parts.get("COUNT"), 1, 1000)
    until = _until(parts.get("UNTIL"))
    if count is not None and until is not None:
        raise InvalidRule("COUNT and UNTIL cannot be used together (RFC 5545); keep one of them")
    bymonth = _numbers("BYMONTH", parts.get("BYMONTH"), 12, signed=False)
    bymonthday = _numbers("BYMONTHDAY", parts.get("BYMONTHDAY"), 31, signed=True)
    if bymonthday and freq == WEEKLY:
        raise InvalidRule("BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545)")
    byday = _byday(parts.get("BYDAY"), freq, bymonth=bool(bymonth))
    bysetpos = _numbers("BYSETPOS", parts.get("BYSETPOS"), 366, signed=True)
    if bysetpos and not (byday or bymonthday or bymonth):
        raise InvalidRule("BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to pick from")
    wkst = _weekday("WKST", parts.get("WKST", "MO"))
    interval = _number("INTERVAL", parts.get("INTERVAL"), 1, 999) or 1
    rule = Rule("", count, freq, interval, until, byday, bymonthday, bymonth, bysetpos, wkst)
    return replace(rule, text=_format(rule, given=parts))


def _split(text: str) -> dict[str, str]:
    if len(text) > MAX_RULE_LENGTH:
        raise InvalidRule(f"the rule is longer than {MAX_RULE_LENGTH} characters")
    body = text.strip().upper().removeprefix("RRULE:")
    if not body:
        raise InvalidRule("the rule is empty; it needs at least FREQ, e.g. FREQ=WEEKLY")
    parts: dict[str, str] = {}
    for part in body.split(";"):
        if not part:
            raise InvalidRule("the rule has an empty part (two ';' in a row, or a ';' at an end)")
        name, equals, value = part.partition("=")
        if not equals or not name:
            raise InvalidRule(f"{part!r} is not a NAME=VALUE part")
        if name in _SUB_DAY_PARTS:
            raise InvalidRule(f"{name} is not supported; tasks recur on whole days")
        if name not in _PARTS:
            raise InvalidRule(f"unknown part {name!r}; the parts are {', '.join(_PARTS)}")
        if name in parts:
            raise InvalidRule(f"{name} appears more than once")
        if not value:
            raise InvalidRule(f"{name} has no value")
        parts[name] = value
    return parts


def _freq(value: str) -> Freq:
    if value in _FREQS:
        return _FREQS[value]
    if value in ("HOURLY", "MINUTELY", "SECONDLY"):
        raise InvalidRule(f"FREQ={value} is not supported; tasks recur DAILY, WEEKLY, MONTHLY or YEARLY")
    raise InvalidRule(f"FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, not {value!r}")


def _number(name: str, value: str | None, low: int, high: int) -> int | None:
    if value is None:
        return None
    if not _INTEGER.fullmatch(value) or not low <= int(value) <= high:
        raise InvalidRule(f"{name} must be a whole number from {low} to {high}, not {value!r}")
    return int(value)


def _numbers(name: str, value: str | None, high: int, *, signed: bool) -> tuple[int, ...]:
    numbers: set[int] = set()
    for item in value.split(",") if value is not None else ():
        number = int(item) if _INTEGER.fullmatch(item) else 0
        if not (1 <= number <= high or (signed and -high <= number <= -1)):
            allowed = f"1 to {high}" + (f" or -{high} to -1" if signed else "")
            raise InvalidRule(f"{name} values must be whole numbers from {allowed}, not {item!r}")
        numbers.add(number)
    return tuple(sorted(numbers))


def _byday(value: str | None, freq: Freq, *, bymonth: bool) -> tuple[tuple[int, int], ...]:
    days: set[tuple[int, int]] = set()
    # Within a month (MONTHLY, or YEARLY with BYMONTH) there are at most 5 of a weekday; within a year, 53.
    most = 5 if freq == MONTHLY or (freq == YEARLY and bymonth) else 53
    for item in value.split(",") if value is not None else ():
        match = _BYDAY.fullmatch(item)
        if match is None:
            raise InvalidRule(f"BYDAY values are MO to SU, optionally with an ordinal (2TU), not {item!r}")
        ordinal = int(match[1] or 0)
        if match[1] is not None and freq not in (MONTHLY, YEARLY):
            raise InvalidRule(f"BYDAY ordinals such as {item} need FREQ=MONTHLY or FREQ=YEARLY")
        if match[1] is not None and not 1 <= abs(ordinal) <= most:
            raise InvalidRule(f"the BYDAY ordinal in {item} must be from 1 to {most} or -{most} to -1")
        days.add((_WEEKDAYS.index(match[2]), ordinal))
    return tuple(sorted(days))


def _weekday(name: str, value: str) -> int:
    if value not in _WEEKDAYS:
        raise InvalidRule(f"{name} must be one of {', '.join(_WEEKDAYS)}, not {value!r}")
    return _WEEKDAYS.index(value)


def _until(value: str | None) -> date | datetime | None:
    if value is None:
        return None
    match = _UNTIL.fullmatch(value)
    if match is None:
        raise InvalidRule("UNTIL must be a date (YYYYMMDD) or a UTC date-time (YYYYMMDDTHHMMSSZ)")
    try:
        if match[2] is None:
            return datetime.strptime(value, "%Y%m%d").date()
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise InvalidRule(f"UNTIL {value} is not a real date") from None


def _format(rule: Rule, *, given: dict[str, str]) -> str:
    until = rule.until
    values = {
        "FREQ": next(name for name, freq in _FREQS.items() if freq == rule.freq),
        "UNTIL": "" if until is None else f"{until.year:04}{until.month:02}{until.day:02}",
        "COUNT": str(rule.count),
        "INTERVAL": str(rule.interval),
        "BYDAY": ",".join(f"{ordinal or ''}{_WEEKDAYS[day]}" for day, ordinal in rule.byday),
        "BYMONTHDAY": ",".join(map(str, rule.bymonthday)),
        "BYMONTH": ",".join(map(str, rule.bymonth)),
        "BYSETPOS": ",".join(map(str, rule.bysetpos)),
        "WKST": _WEEKDAYS[rule.wkst],
    }
    if isinstance(until, datetime):
        values["UNTIL"] += f"T{until.hour:02}{until.minute:02}{until.second:02}Z"
    return ";".join(f"{name}={values[name]}" for name in _PARTS if name in given)
