"""The token rules of quick add: `#tag`, `p1`-`p4`, `@project` or `+project`, and "remind 30m before".

Every rule matches whole words only: a token starts the text or follows whitespace, and ends the text or is
followed by whitespace or punctuation, so `C#`, `bob@example.com` and `top10` are left alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from taskforge.reminders.schemas import MAX_BEFORE_DUE

Kind = Literal["date", "recurrence", "tag", "priority", "project", "reminder"]

MAX_TAG_LENGTH = 50
MAX_TAGS = 20
MAX_REMINDERS = 10
MAX_MARKS = 20  # `@words` read: each is tried against every project name
# What may follow a token: the end, whitespace, or punctuation that ends a sentence or clause (`monday.com`
# and `#a.b` go on).
END = r"(?=$|\s|[,.;:!?)\]]+(?:$|\s))"

_TAG = re.compile(r"(?<!\S)#(?P<name>[^\s#]+?)[,.;:!?)\]]*" + END)
_PRIORITY = re.compile(r"(?<!\S)[pP](?P<level>[1-4])" + END)
_PROJECT_MARK = re.compile(r"(?<!\S)[@+](?=\w)")
_WORD_AFTER_MARK = re.compile(r"\S+?" + END)
_MINUTES = {"m": 1, "h": 60, "d": 60 * 24, "w": 60 * 24 * 7}  # by the unit's first letter
_REMINDER = re.compile(
    r"(?<!\S)remind(?:\s+me)?\s+(?P<count>\d{1,5}|an?|one)\s*"
    r"(?P<unit>m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+before" + END,
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A recognised part of the text: `text[start:end]`, what kind of field it sets, and the value it gave."""

    start: int
    end: int
    kind: Kind
    text: str
    value: str | int | None = None


@dataclass(frozen=True)
class ProjectRef:
    """A project the caller may add tasks to, as a `@name` can name it."""

    id: int
    name: str


@dataclass(frozen=True)
class Unknown:
    """A `@name` that names no project the caller may add tasks to: it stays in the title."""

    start: int
    end: int
    text: str


def tags(text: str) -> Iterator[Span]:
    """`#name` (1-50 characters, not only digits: `PR #42` stays a number); trailing punctuation is not part
    of the name. Up to 20, each name once (ignoring case)."""
    seen: set[str] = set()
    for match in _TAG.finditer(text):
        name = match["name"]
        if len(name) > MAX_TAG_LENGTH or name.isdigit() or name.casefold() in seen or len(seen) >= MAX_TAGS:
            continue
        seen.add(name.casefold())
        yield Span(match.start(), match.end("name"), "tag", text[match.start() : match.end("name")], name)


def priority(text: str) -> Span | None:
    """The first `p1`-`p4`, Todoist's way: p1 is urgent (the API's 4), p4 low (1)."""
    match = _PRIORITY.search(text)
    if match is None:
        return None
    return Span(match.start(), match.end(), "priority", match[0], 5 - int(match["level"]))


def reminders(text: str) -> Iterator[Span]:
    """Reminders written "remind [me] N m|min|h|hours|d|days|w|weeks before": N minutes before the due date
    (4 weeks at most; "an hour" is 1); up to 10, each once. The value is the minutes."""
    seen: set[int] = set()
    for match in _REMINDER.finditer(text):
        count = match["count"].lower()
        number = 1 if count in ("a", "an", "one") else int(count)
        minutes = number * _MINUTES[match["unit"][0].lower()]
        if minutes > MAX_BEFORE_DUE or minutes in seen or len(seen) >= MAX_REMINDERS:
            continue
        seen.add(minutes)
        yield Span(match.start(), match.end(), "reminder", match[0], minutes)


def projects(text: str, candidates: Sequence[ProjectRef]) -> tuple[Span | None, list[Unknown]]:
    """The first `@name` or `+name` that names one of `candidates` (ignoring case; a space in the name may be
    written as a space, `_` or `-`: `@home_renovation`), and every other `@word` that names none (of the
    first 20 `@words`).

    The longest name wins (`@Work stuff` is "Work stuff" when both exist); of two with the same name, the
    oldest (lowest id). The value is the project's id.
    """
    ordered = sorted(
        (project for project in candidates if project.name.strip()),
        key=lambda project: (-len(project.name), project.id),
    )
    found: Span | None = None
    unknown: list[Unknown] = []
    for mark in itertools.islice(_PROJECT_MARK.finditer(text), MAX_MARKS):
        start = mark.start()
        match = _named(text, start + 1, ordered)
        if match is not None:
            project, end = match
            if found is None:  # a second project stays in the title: a task has one
                found = Span(start, end, "project", text[start:end], project.id)
            continue
        word = _WORD_AFTER_MARK.match(text, start + 1)
        end = word.end() if word is not None else start + 1
        unknown.append(Unknown(start, end, text[start:end]))
    return found, unknown


def _named(text: str, at: int, ordered: Sequence[ProjectRef]) -> tuple[ProjectRef, int] | None:
    for project in ordered:
        match = _name_pattern(project.name).match(text, at)
        if match is not None:
            return project, match.end()
    return None


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    words = re.split(r"[\s_-]+", name.strip())
    return re.compile(r"[\s_-]+".join(map(re.escape, words)) + END, re.IGNORECASE)
