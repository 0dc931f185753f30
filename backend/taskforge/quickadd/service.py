"""Quick add for a caller: the zone they read dates in, the projects a `@name` may name (those they may add
tasks to), and the task a text stands for, with the fields sent beside it winning over what it says."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import MISSING, TypeAdapter, ValidationError
from sqlalchemy import select

from taskforge.access.identity import Identity
from taskforge.access.roles import Role
from taskforge.auth.models import User
from taskforge.db import utcnow
from taskforge.extensions import db
from taskforge.projects.models import Project
from taskforge.quickadd.parse import Parsed, ProjectRef, parse
from taskforge.reminders.schemas import ReminderBeforeDue, ReminderIn
from taskforge.tasks.placement import invalid, writable_project
from taskforge.tasks.schemas import RecurrenceIn, TaskCreate, Title

_TITLE: TypeAdapter[str] = TypeAdapter(Title)


@dataclass(frozen=True)
class Reader:
    """Reads texts for one caller at one moment (a batch reads every item at the same `now`)."""

    zone: str
    projects: tuple[ProjectRef, ...]
    now: datetime

    def read(self, text: str) -> Parsed:
        return parse(text, zone=self.zone, now=self.now, projects=self.projects)


def reader_for(identity: Identity, texts: Iterable[str]) -> Reader:
    """A Reader for the caller: their zone (UTC if unset or no longer known), and, when a text has a `@` or
    `+`, the names of the projects they may add tasks to (editor and up, not archived)."""
    zone = db.session.execute(select(User.timezone).where(User.id == identity.user_id)).scalar_one_or_none()
    try:
        ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    named = any("@" in text or "+" in text for text in texts)
    return Reader(zone or "UTC", _projects(identity) if named else (), utcnow())


def _projects(identity: Identity) -> tuple[ProjectRef, ...]:
    writable = [g.project_id for g in identity.grants.values() if g.role >= Role.EDITOR and not g.archived]
    if not writable:
        return ()
    rows = db.session.execute(select(Project.id, Project.name).where(Project.id.in_(writable))).all()
    return tuple(ProjectRef(row.id, row.name) for row in rows)


def draft(*, identity: Identity, text: str, project_id: int | None) -> tuple[Parsed, int]:
    """How `text` reads, and the project the task would go to; raise ValidationFailed or Forbidden for a
    `project_id` the caller may not add to, as creating would."""
    if project_id is not None:
        writable_project(identity, project_id)
    parsed = reader_for(identity, [text]).read(text)
    return parsed, project_id or parsed.project_id or identity.inbox_id or 0


def with_text(data: TaskCreate, reader: Reader) -> TaskCreate:
    """The task `data` asks for, its `text` read: the text gives the title and every field not sent.
    Raises ValidationFailed (naming `text`) for a title over 200 characters, or reminders without a due
    date."""
    assert isinstance(data.text, str)
    parsed = reader.read(data.text)
    try:
        title = _TITLE.validate_python(parsed.title)
    except ValidationError as error:
        message = error.errors()[0]["msg"].removeprefix("Value error, ")
        raise invalid("text", f"the title it leaves: {message}") from None
    sent = data.model_fields_set
    found = {
        "priority": parsed.priority,
        "due_date": parsed.due_date,
        "project_id": parsed.project_id,
        "tags": list(parsed.tags) or None,
        "recurrence": RecurrenceIn(rrule=parsed.rrule, anchor=parsed.anchor) if parsed.rrule else None,
        "reminders": _reminders(parsed) or None,
    }
    update = {name: value for name, value in found.items() if value is not None and name not in sent}
    task = data.model_copy(update={"title": title, "text": MISSING, **update})
    if "reminders" in update and task.due_date is None:
        raise invalid(
            "text", "a reminder before the due date needs a due date: add one, such as 'tomorrow 9am'"
        )
    return task


def _reminders(parsed: Parsed) -> list[ReminderIn]:
    return [ReminderBeforeDue(before_due=minutes) for minutes in parsed.reminders]
