"""Dates and times in plain language, in the caller's zone.

parsedatetime finds them and does the calendar arithmetic ("tomorrow 5pm", "in 3 days", "jan 5 at 9:30am",
"2027-01-05 09:30", "next month"); it reports where each phrase is and how precise it is (a day, a time). It
also reads much that is a title ("Fix bug 1234" at 12:34, "lunch" at noon, "March of the Penguins" on
1 March), so a phrase is kept only when it holds one of these, as a whole word:

- a day word (today, tonight, tomorrow, yesterday) or a weekday (mon, tue, ..., friday); "sat", "sun" and
  "wed" are words too ("sun cream"), so alone they need "on", "by", "due", "next" or "this" before them;
- a month name with a day number ("jan 5", "5th of january"): a month name alone is a title word;
- an ISO date (2027-01-05, 2027-01-05T09:30; other numeric dates such as 1/5 are ambiguous and left alone);
- a time with am/pm or minutes (5pm, 17:00, 9:30am), noon, midnight;
- a relative phrase: "in 3 days", "in 2 hours", "2 weeks from now", "next week|month|year";

and none that looks back ("last friday", "2 days ago").

Its answers are then made to follow these rules, which parsedatetime leaves to its settings or reads
otherwise:

- a weekday ("fri", "next fri", "on friday") is the first such day after today, never today itself;
  "this fri" may be today;
- a day without a time is due at 09:00 local, the start of the working day, as in the web app's form;
- a time without a day is its next occurrence: today if still ahead, else tomorrow;
- "eod" is 17:00 today (or on the day named beside it: "fri eod"), or 23:59 once today's 17:00 is past;
- "in N minutes|hours" is that long from now in real time, across a daylight-saving change too;
- "tomorrow at 9" is 09:00 (a bare hour after "at" counts on a 24-hour clock).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import parsedatetime
from parsedatetime import pdtContext

from taskforge.quickadd.recurrence import MONTH, WEEKDAY
from taskforge.quickadd.tokens import END

DEFAULT_TIME = time(9, 0)
END_OF_DAY = time(17, 0)
LATE = time(23, 59)

# The locale's tables take 0.1 ms to build and are only read: shared. A Calendar costs 1 µs but keeps a
# context stack while it parses, so each call has its own (threads, greenlets).
_CONSTANTS = parsedatetime.Constants()
_DAY = pdtContext.ACU_YEAR | pdtContext.ACU_MONTH | pdtContext.ACU_WEEK | pdtContext.ACU_DAY
_TIME = pdtContext.ACU_HALFDAY | pdtContext.ACU_HOUR | pdtContext.ACU_MIN | pdtContext.ACU_SEC
_NUMBER = r"(?:\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_ANCHOR = re.compile(
    rf"""\b(?:(?P<weekday>{WEEKDAY})
    |(?P<time>tonight|noon|midnight|\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{{1,2}}:\d{{2}})
    |today|tomorrow|yesterday
    |{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}
    |\d{{4}}-\d{{2}}-\d{{2}}
    |in\s+{_NUMBER}\s+[a-z]+|{_NUMBER}\s+[a-z]+\s+from\s+(?:now|today|tomorrow)
    |next\s+(?:week|month|year))(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
_ANCHORS_READ = 4  # a due date is one phrase, perhaps with a time elsewhere; four leave room for decoys
_AROUND = 40  # characters read on each side of an anchor (to the next space): "jan 5th 2027 at 9:30am"
_WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
_WORDLIKE_WEEKDAYS = {"sat", "sun", "wed"}
_CUE = re.compile(r"\b(?:on|by|due|next|this|coming)\s+$", re.IGNORECASE)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_T = re.compile(r"(?<=\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\d[/.-]\d")
_WRITTEN_TIME = re.compile(r"\d:\d|\d\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_THIS = re.compile(r"\bthis\s+$", re.IGNORECASE)
_PAST = re.compile(r"\b(?:ago|last|prev|previous)\b", re.IGNORECASE)
_SOON = re.compile(
    rf"^(?:in\s+(?P<n>{_NUMBER})\s+(?P<unit>m|mins?|minutes?|h|hrs?|hours?)"
    rf"|(?P<n2>{_NUMBER})\s+(?P<unit2>mins?|minutes?|hrs?|hours?)\s+from\s+now)$",
    re.IGNORECASE,
)
_AT_HOUR = re.compile(r"\s+at\s+(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?" + END, re.IGNORECASE)
_FROM_NOW = re.compile(r"\s+now" + END, re.IGNORECASE)
_BEFORE = re.compile(r"(?:^|(?<=\s))(?:on|by|at|due|for)\s+$", re.IGNORECASE)
_EOD = re.compile(r"(?<!\S)eod" + END, re.IGNORECASE)
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_WORDS |= {"eight": 8, "nine": 9, "ten": 10, "twelve": 12}


@dataclass(frozen=True)
class When:
    """A due date as written: where (spans of the text), the local day and time it names (either may be
    missing), or an exact instant ("in 2 hours")."""

    spans: tuple[tuple[int, int], ...]
    day: date | None = None
    at: time | None = None
    exact: datetime | None = None


@dataclass(frozen=True)
class _Phrase:
    start: int
    end: int
    words: str
    moment: datetime  # parsedatetime's reading, naive local
    has_day: bool
    has_time: bool
    weekday: int | None = None  # the day is a weekday's (0: Monday), whatever parsedatetime made of it
    this: bool = False  # "this friday": today counts


def find(text: str, *, zone: str, now: datetime) -> When | None:
    """The due date `text` states, in the zone's wall-clock time (`now` is aware); None when it states none.

    Parts of `text` blanked with spaces (already recognised as something else) are never read as a date.
    """
    local = now.astimezone(ZoneInfo(zone))
    text = _ISO_T.sub(" ", text)  # 2027-01-05T09:30 is read as 2027-01-05 09:30
    eod = _EOD.search(text)
    if eod is not None:
        text = text[: eod.start()] + " " * (eod.end() - eod.start()) + text[eod.end() :]
    phrases = [p for p in _phrases(text, local.replace(tzinfo=None, second=0, microsecond=0)) if p]
    dated = next((p for p in phrases if p.has_day or _SOON.match(p.words)), None)
    timed = next((p for p in phrases if p is not dated and p.has_time and not p.has_day), None)
    if eod is not None:
        return _end_of_day(text, eod.span(), dated, local)
    if dated is not None:
        return _soon(text, dated, now) or _on_day(text, dated, timed, local.date())
    return When((_span(text, timed),), at=timed.moment.time()) if timed is not None else None


def _end_of_day(text: str, span: tuple[int, int], dated: _Phrase | None, local: datetime) -> When:
    """ "eod": 17:00 on the day named beside it (default today); today after 17:00, 23:59."""
    if dated is not None and _SOON.match(dated.words):
        dated = None  # "in 2 hours eod": the end of today
    day = _day_of(dated, local.date()) if dated is not None else local.date()
    late = day == local.date() and local.time() >= END_OF_DAY
    spans = [span] if dated is None else [span, _span(text, dated)]
    return When(_merged(spans), day, LATE if late else END_OF_DAY)


def _soon(text: str, phrase: _Phrase, now: datetime) -> When | None:
    """Phrases such as "in 2 hours" and "90 minutes from now": that long from now in real time, to the
    minute."""
    soon = _SOON.match(phrase.words)
    if soon is None:
        return None
    count, unit = soon["n"] or soon["n2"], (soon["unit"] or soon["unit2"]).lower()
    minutes = (_WORDS.get(count.lower()) or int(count)) * (60 if unit.startswith("h") else 1)
    exact = (now + timedelta(minutes=minutes)).astimezone(UTC).replace(second=0, microsecond=0)
    return When((_span(text, phrase),), exact=exact)


def _on_day(text: str, dated: _Phrase, timed: _Phrase | None, today: date) -> When:
    """A phrase that names a day, with its time: its own, a bare "at 9" right after it, or another phrase
    that names only a time ("at 5pm call bob tomorrow")."""
    spans = [_span(text, dated)]
    at = dated.moment.time() if dated.has_time else None
    if at is None and (hour := _AT_HOUR.match(text, dated.end)) is not None:
        at = time(int(hour["hour"]), int(hour["minute"] or 0))
        spans = [(spans[0][0], hour.end())]
    elif at is None and timed is not None:
        at = timed.moment.time()
        spans.append(_span(text, timed))
    return When(_merged(spans), _day_of(dated, today), at)


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans in order, those that overlap as one (a phrase read across "eod": "fri eod 5pm")."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _day_of(phrase: _Phrase, today: date) -> date:
    """The day a phrase names: parsedatetime's, or for a weekday the first such day after today ("this
    friday": from today on)."""
    if phrase.weekday is None:
        return phrase.moment.date()
    ahead = (phrase.weekday - today.weekday()) % 7
    return today + timedelta(days=7 if ahead == 0 and not phrase.this else ahead)


def due(when: When, *, zone: str, now: datetime) -> datetime:
    """The instant (UTC) a When stands for: a day without a time at 09:00, a time without a day at its next
    occurrence. OverflowError past the year 9999."""
    if when.exact is not None:
        return when.exact
    tz = ZoneInfo(zone)
    if when.day is None:
        today = now.astimezone(tz).date()
        first = _instant(today, when.at or DEFAULT_TIME, tz)
        return first if first >= now else _instant(today + timedelta(days=1), when.at or DEFAULT_TIME, tz)
    return _instant(when.day, when.at or DEFAULT_TIME, tz)


def _instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    # A wall time in a daylight-saving gap moves forward by the gap, as the recurrence rules do.
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def _phrases(text: str, local_now: datetime) -> list[_Phrase | None]:
    compact, origin = _compact(_scoped(text))
    calendar = parsedatetime.Calendar(_CONSTANTS, version=parsedatetime.VERSION_CONTEXT_STYLE)
    try:
        found = calendar.nlp(compact, sourceTime=local_now) or ()
    except Exception:  # noqa: BLE001 - a third-party parser failing on odd text must not fail the request:
        return []  # the text then simply holds no date
    return [_phrase(text, item, origin) for item in found]


def _compact(text: str) -> tuple[str, list[int]]:
    """The text with each run of whitespace as one space (parsedatetime's time grows with the square of a
    run's length: 60 ms for 500 spaces), and where each of its characters is in `text`."""
    kept = [match.start() for match in re.finditer(r"\S|\s(?!\s)", text)]
    return "".join(" " if text[i].isspace() else text[i] for i in kept), kept


def _scoped(text: str) -> str:
    """The text around its first few anchors, the rest blanked: only a phrase with an anchor is kept, and
    parsedatetime's time grows faster than the text (65 ms for "5pm " 125 times, 1 ms this way)."""
    keep = [False] * len(text)
    for anchor in itertools.islice(_ANCHOR.finditer(text), _ANCHORS_READ):
        start = text.rfind(" ", 0, max(anchor.start() - _AROUND, 0)) + 1
        end = text.find(" ", anchor.end() + _AROUND)
        keep[start : len(text) if end < 0 else end] = [True] * ((len(text) if end < 0 else end) - start)
    return "".join(char if kept else " " for char, kept in zip(text, keep, strict=True))


def _phrase(text: str, item: tuple[Any, ...], origin: list[int]) -> _Phrase | None:
    """parsedatetime's reading of one phrase (its offsets in the compacted text, `origin` maps them back),
    if it is one of the kinds this module accepts."""
    moment, context, start, end, words = item
    start += len(words) - len(words.lstrip())
    end -= len(words) - len(words.rstrip())
    accuracy = context.accuracy
    if start >= end or not accuracy or not isinstance(moment, datetime):
        return None
    start, end = origin[start], origin[end - 1] + 1
    words = text[start:end]
    if (start > 0 and not text[start - 1].isspace()) or not re.match(END, text[end:]):
        return None  # inside a word: monday.com, 2x5pm
    if words.lower().endswith(" from") and (now := _FROM_NOW.match(text, end)) is not None:
        end, words = now.end(), text[start : now.end()]
    anchors = list(_ANCHOR.finditer(words))
    if not anchors or _NUMERIC_DATE.search(_ISO.sub("", words)) or _PAST.search(words):
        return None
    wordlike = all((a["weekday"] or "").lower() in _WORDLIKE_WEEKDAYS for a in anchors)
    if wordlike and not (_CUE.search(text[:start]) or _CUE.search(words[: anchors[0].start()])):
        return None
    has_time = bool(accuracy & _TIME)
    if _WRITTEN_TIME.search(words) and not has_time:
        return None  # a time parsedatetime could not read ("today at 25:00"): not half of it either
    days = [a for a in anchors if not a["time"]]
    if days and all(a["weekday"] for a in days):  # "from monday", "before fri": still the coming one
        weekday = _WEEKDAYS.index(days[0]["weekday"][:2].lower())
        this = bool(_THIS.search(words[: days[0].start()]))
        return _Phrase(start, end, words, moment, True, has_time, weekday, this)
    return _Phrase(start, end, words, moment, bool(accuracy & _DAY), has_time)


def _span(text: str, phrase: _Phrase) -> tuple[int, int]:
    """Where the phrase is, with a preposition just before it ("on friday", "by 5pm")."""
    before = _BEFORE.search(text, 0, phrase.start)
    return (before.start() if before is not None else phrase.start), phrase.end
