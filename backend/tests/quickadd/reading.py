"""Helpers: quick add's rules read at one fixed moment, Wednesday 11 March 2026, 14:30 UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from taskforge.quickadd.parse import Parsed, ProjectRef, parse

NOW = datetime(2026, 3, 11, 14, 30, tzinfo=UTC)  # a Wednesday
PROJECTS = (ProjectRef(1, "Errands"), ProjectRef(2, "Home Renovation"), ProjectRef(3, "Home"))


def read(text: str, *, zone: str = "UTC", now: datetime = NOW) -> Parsed:
    return parse(text, zone=zone, now=now, projects=PROJECTS)


def due(text: str, *, zone: str = "UTC", now: datetime = NOW) -> str | None:
    """The due date `text` gives, as ISO 8601 UTC without seconds (None: none)."""
    moment = read(text, zone=zone, now=now).due_date
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
