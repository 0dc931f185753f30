"""Quick add's entry point: one line of plain language into the fields of the task it would create.

The rules run one after another on the text, each blanking what it recognised so that no later rule reads
it again: the project (`@name`, whose name may hold any word), reminders, tags, the priority, a repetition
("every ..."), then the due date. What none of them recognised is the title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from taskforge.api.types import ECMA_WHITESPACE
from taskforge.quickadd import dates, recurrence, tokens
from taskforge.quickadd.recurrence import Anchor
from taskforge.quickadd.tokens import ProjectRef, Span, Unknown
from taskforge.tasks.recurrence import InvalidRule, check_has_occurrences, parse_rule

__all__ = ["Parsed", "ProjectRef", "Span", "Unknown", "parse"]


@dataclass(frozen=True)
class Parsed:
    """What a line says. Fields it does not mention are None or empty; `reminders` are minutes before the
    due date; `spans` (in order) say where each value was written, `unknown` the `@names` that named no
    project the caller may add tasks to (they stay in the title)."""

    title: str
    due_date: datetime | None = None
    rrule: str | None = None
    anchor: Anchor = "due"
    priority: int | None = None
    tags: tuple[str, ...] = ()
    project_id: int | None = None
    reminders: tuple[int, ...] = ()
    spans: tuple[Span, ...] = ()
    unknown: tuple[Unknown, ...] = ()


def parse(text: str, *, zone: str, now: datetime, projects: Sequence[ProjectRef] = ()) -> Parsed:
    """Read `text` as a task, in the IANA zone `zone` at the aware instant `now`; `projects` are the ones a
    `@name` may name. Never raises for any text; an unknown zone raises ZoneInfoNotFoundError."""
    blank = _Blanked(text)
    project, unknown = tokens.projects(text, projects)
    blank.take([project] if project is not None else [])
    reminders = blank.take(list(tokens.reminders(blank.text)))
    tags = blank.take(list(tokens.tags(blank.text)))
    priority = tokens.priority(blank.text)
    blank.take([priority] if priority is not None else [])
    repeat = recurrence.find(blank.solid())  # one phrase, not across what other rules took
    if repeat is not None:
        blank.take([Span(repeat.start, repeat.end, "recurrence", "")])
    when = dates.find(blank.text, zone=zone, now=now)
    due, repeat = _due(when, repeat, zone=zone, now=now)
    found: list[Span] = [s for s in (project, priority, *reminders, *tags) if s is not None]
    if repeat is not None:
        found.append(
            Span(repeat.start, repeat.end, "recurrence", text[repeat.start : repeat.end], repeat.rrule)
        )
    if due is not None and when is not None:
        value = due.isoformat().replace("+00:00", "Z")
        for start, end in when.spans:  # a phrase may run across what other rules took: "tomorrow p1 5pm"
            found += [Span(a, b, "date", text[a:b], value) for a, b in blank.free(start, end)]
    found.sort(key=lambda span: span.start)
    return Parsed(
        title=_title(text, found),
        due_date=due,
        rrule=repeat.rrule if repeat is not None else None,
        anchor=repeat.anchor if repeat is not None else "due",
        priority=_number(priority),
        tags=tuple(str(span.value) for span in tags),
        project_id=_number(project),
        reminders=tuple(int(span.value or 0) for span in reminders),
        spans=tuple(found),
        unknown=tuple(unknown),
    )


def _number(span: Span | None) -> int | None:
    return None if span is None else int(span.value or 0)


def _due(
    when: dates.When | None, repeat: recurrence.Repeat | None, *, zone: str, now: datetime
) -> tuple[datetime | None, recurrence.Repeat | None]:
    """The due date, and the repetition if it stands: a repeating task is due on the day the text names, or
    else on its first occurrence (at the time the text names, or 09:00). A repetition that would never come
    round again from there ("every 999 years on feb 29") is no repetition; past the year 9999 nothing is."""
    try:
        if repeat is not None and (when is None or (when.day is None and when.exact is None)):
            at = when.at if when is not None and when.at is not None else dates.DEFAULT_TIME
            first = recurrence.first_due(repeat, zone=zone, now=now, at=at)
            if first is not None and _repeats(repeat, zone, first):
                return first, repeat
            repeat = None
        due = dates.due(when, zone=zone, now=now) if when is not None else None
    except (OverflowError, ValueError):  # the year 9999
        return None, None
    return due, repeat if repeat is not None and due is not None and _repeats(repeat, zone, due) else None


def _repeats(repeat: recurrence.Repeat, zone: str, start: datetime) -> bool:
    try:
        check_has_occurrences(parse_rule(repeat.rrule), zone=zone, series_start=start)
    except InvalidRule:
        return False
    return True


def _title(text: str, spans: Sequence[Span]) -> str:
    """The text without the recognised spans, its whitespace collapsed; the whole text when nothing else is
    left (a task is never untitled)."""
    kept = list(text)
    for span in spans:
        kept[span.start : span.end] = [" "] * (span.end - span.start)
    title = re.sub(r"\s+(?=[,.;:!?])", "", " ".join("".join(kept).split())).strip(" ,;:")
    return title if title.strip(ECMA_WHITESPACE) else " ".join(text.split()) or text


class _Blanked:
    """The text with what the rules recognised so far blanked out (spaces keep every offset)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = [False] * len(text)

    def take(self, spans: list[Span]) -> list[Span]:
        for span in spans:
            self.text = self.text[: span.start] + " " * (span.end - span.start) + self.text[span.end :]
            self.taken[span.start : span.end] = [True] * (span.end - span.start)
        return spans

    def solid(self) -> str:
        """The text with what was taken as NUL characters: no phrase runs across them."""
        return "".join("\0" if taken else char for char, taken in zip(self.text, self.taken, strict=True))

    def free(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches from `start` to `end` that no rule took, without their outer whitespace."""
        stretches: list[tuple[int, int]] = []
        for word in re.finditer(r"\S+", self.text[start:end]):
            a, b = start + word.start(), start + word.end()
            if stretches and not any(self.taken[stretches[-1][1] : a]):
                stretches[-1] = (stretches[-1][0], b)  # only whitespace between: one stretch
            else:
                stretches.append((a, b))
        return stretches
