"""Repetition in plain language: "every ..." phrases to an RFC 5545 RRULE, and the first due date of a series.

No maintained library fits: `recurrent` (last released in 2021) reads a whole string, not a phrase inside a
title, so it cannot say where the phrase is; it reads "every last friday" as every Friday, and writes BYHOUR,
which tasks' rules refuse. So this is a small explicit grammar; each rule it writes is checked by
taskforge.tasks.rrule_text.parse_rule. A phrase starts with "every" ("every!" counts from completion, as in
Todoist); "daily", "weekly" and the like are left alone, since they are as often part of a title ("Daily
standup notes").

    every [N|other] day(s) | week(s) [on mon, wed and fri] | month(s) [on the 15th | on the last day |
          on the first monday] | year(s) [on jan 5]
    every weekday | workday | weekend
    every [other] mon[, wed and fri]
    every first|second|third|fourth|fifth|last|1st..5th <weekday> [of the month]
    every [the] 15th | last day [of the month]
    every jan 5 | 5 jan | 5th of january
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from taskforge.quickadd.tokens import END
from taskforge.tasks.recurrence import InvalidRule, parse_rule, preview

Anchor = Literal["due", "completion"]

_DAY_NAMES = ("mo", "tu", "we", "th", "fr", "sa", "su")
WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
)
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_EVERY = re.compile(r"(?<![\w!])every(?P<bang>!)?\s+", re.IGNORECASE)

_N = r"(?:(?P<n>\d{1,3}|other)\s+)?"
_DAYS = rf"(?P<days>{WEEKDAY}s?(?:(?:\s*,\s*(?:and\s+)?|\s*&\s*|\s+and\s+){WEEKDAY}s?)*)"
_ORD = r"(?P<ord>first|second|third|fourth|fifth|last|[1-5](?:st|nd|rd|th))"
_MDAY = r"(?:(?P<mday>(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th))|(?P<last_day>last\s+day))"
_OF_MONTH = r"(?:\s+(?:day\s+)?of\s+(?:the|each|every)\s+month)?"
_DATE = (
    rf"(?:(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH}))"
)
_PHRASES = [
    re.compile(p + END, re.IGNORECASE)
    for p in (
        rf"{_N}(?P<unit>day)s?",
        rf"{_N}(?P<unit>week)s?(?:\s+on\s+{_DAYS})?",
        rf"{_N}(?P<unit>month)s?(?:\s+on\s+(?:the\s+)?(?:{_MDAY}|{_ORD}\s+(?P<wd>{WEEKDAY})))?",
        rf"{_N}(?P<unit>year)s?(?:\s+on\s+{_DATE})?",
        r"(?P<weekdays>week\s?days?|work\s?days?)",
        r"(?P<weekend>week\s?ends?)",
        rf"{_N}{_DAYS}",
        rf"{_ORD}\s+(?P<wd>{WEEKDAY}){_OF_MONTH}",
        rf"(?:the\s+)?{_MDAY}{_OF_MONTH}",
        _DATE,
    )
]


@dataclass(frozen=True)
class Repeat:
    """A recognised "every ..." phrase: where it is, its rule (normalised), and `base`, the same rule with
    INTERVAL 1, which finds the first occurrence; `pinned` when the rule names its days (BYDAY, BYMONTHDAY,
    BYMONTH) rather than repeating from whatever day the series starts on."""

    start: int
    end: int
    rrule: str
    anchor: Anchor
    base: str
    pinned: bool


def find(text: str) -> Repeat | None:
    """The first "every ..." phrase the grammar reads (the longest reading at that place)."""
    for every in _EVERY.finditer(text):
        best: tuple[int, dict[str, str]] | None = None
        for phrase in _PHRASES:
            match = phrase.match(text, every.end())
            if match is not None and (best is None or match.end() > best[0]):
                best = (match.end(), {k: v for k, v in match.groupdict().items() if v is not None})
        if best is None:
            continue
        parts = _parts(best[1])
        if parts is None:
            continue
        try:
            rrule, base = parse_rule(_text(parts)).text, parse_rule(_text(parts, interval=False)).text
        except InvalidRule:
            continue
        anchor: Anchor = "completion" if every["bang"] else "due"
        pinned = any(name in parts for name in ("BYDAY", "BYMONTHDAY", "BYMONTH"))
        return Repeat(every.start(), best[0], rrule, anchor, base, pinned)
    return None


def _parts(found: dict[str, str]) -> dict[str, str] | None:
    """The RRULE parts of one phrase's groups; None when they name no real day (every feb 30)."""
    parts: dict[str, str] = {}
    if "n" in found:
        parts["INTERVAL"] = "2" if found["n"].lower() == "other" else found["n"]
    if "weekdays" in found or "weekend" in found:
        days = "MO,TU,WE,TH,FR" if "weekdays" in found else "SA,SU"
        return {"FREQ": "WEEKLY", "BYDAY": days}
    if "ord" in found and "wd" in found:
        parts.update(FREQ="MONTHLY", BYDAY=f"{_ordinal(found['ord'])}{_weekday(found['wd'])}")
    elif "mday" in found or "last_day" in found:
        parts.update(FREQ="MONTHLY", BYMONTHDAY=str(_month_day(found)))
    elif "days" in found:
        parts.update(FREQ="WEEKLY", BYDAY=",".join(_weekdays(found["days"])))
    elif "month" in found or "month2" in found:
        month = _MONTHS.index((found.get("month") or found["month2"])[:3].lower()) + 1
        day = int(found.get("day") or found["day2"])
        if not 1 <= day <= _MONTH_DAYS[month - 1]:
            return None
        parts.update(FREQ="YEARLY", BYMONTH=str(month), BYMONTHDAY=str(day))
    if "unit" in found:
        parts["FREQ"] = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}[
            found["unit"].lower()
        ]
    return parts


def _text(parts: dict[str, str], *, interval: bool = True) -> str:
    return ";".join(f"{name}={value}" for name, value in parts.items() if interval or name != "INTERVAL")


def _weekday(word: str) -> str:
    return _DAY_NAMES[next(i for i, day in enumerate(_DAY_NAMES) if word.lower().startswith(day))].upper()


def _weekdays(words: str) -> list[str]:
    found = {_weekday(word) for word in re.findall(WEEKDAY, words, re.IGNORECASE)}
    return [day.upper() for day in _DAY_NAMES if day.upper() in found]


def _ordinal(word: str) -> int:
    word = word.lower()
    return _ORDINALS[word] if word in _ORDINALS else int(word[0])


def _month_day(found: dict[str, str]) -> int:
    return -1 if "last_day" in found else int(found["mday"][:-2])


def first_due(repeat: Repeat, *, zone: str, now: datetime, at: time) -> datetime | None:
    """The first due date of a series that starts now, at the local time `at`: its first day from today on
    whose time is not past (a rule that names no days: today or tomorrow). None when none is in 10 years."""
    tz = ZoneInfo(zone)
    today = now.astimezone(tz).date()
    if not repeat.pinned:
        due = datetime.combine(today, at, tzinfo=tz).astimezone(UTC)
        return (
            due if due >= now else datetime.combine(today + timedelta(days=1), at, tzinfo=tz).astimezone(UTC)
        )
    # The series' start always counts as its first occurrence: start it yesterday (before `now`, so left
    # out) and take the rule's first match from now on. INTERVAL is left out: it counts from the real start.
    yesterday = datetime.combine(today - timedelta(days=1), at, tzinfo=tz).astimezone(UTC)
    rule = parse_rule(repeat.base)
    found = preview(
        rule, zone=zone, series_start=yesterday, start=now, end=now + timedelta(days=3653), limit=1
    )
    return found[0] if found else None
