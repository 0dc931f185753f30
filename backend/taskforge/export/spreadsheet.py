"""The export document as CSV, one row per task, for spreadsheets. Pure: no database, no request.

CSV is a one-way export (import reads the JSON format): tags are joined into one cell, and text that a
spreadsheet would run as a formula is defused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from taskforge.export.schemas import ExportDocument, ExportedTask

# OWASP "CSV injection": a cell starting with one of these is a formula in Excel, LibreOffice and Sheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str | None) -> str:
    if value is None:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _when(value: datetime | None) -> str:
    return "" if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class _Names:
    """The document's projects and sections by id, for the cells that show a task's by name."""

    projects: dict[int, str]
    sections: dict[int, str]

    @classmethod
    def of(cls, document: ExportDocument) -> _Names:
        return cls(
            projects={project.id: project.name for project in document.projects},
            sections={
                section.id: section.name for project in document.projects for section in project.sections
            },
        )


def _named(names: dict[int, str], key: int | None) -> str:
    return "" if key is None else _text(names.get(key))


_COLUMNS: tuple[tuple[str, Callable[[ExportedTask, _Names], str]], ...] = (
    ("id", lambda task, _: str(task.id)),
    ("parent_id", lambda task, _: _number(task.parent_id)),
    ("project", lambda task, names: _named(names.projects, task.project_id)),
    ("section", lambda task, names: _named(names.sections, task.section_id)),
    ("title", lambda task, _: _text(task.title)),
    ("description", lambda task, _: _text(task.description)),
    ("priority", lambda task, _: str(task.priority)),
    ("due_date", lambda task, _: _when(task.due_date)),
    ("completed", lambda task, _: "true" if task.completed else "false"),
    ("completed_at", lambda task, _: _when(task.completed_at)),
    ("created_at", lambda task, _: _when(task.created_at)),
    ("tags", lambda task, _: _text(", ".join(task.tags))),
    ("rrule", lambda task, _: "" if task.recurrence is None else task.recurrence.rrule),
    ("recurrence_anchor", lambda task, _: "" if task.recurrence is None else task.recurrence.anchor),
    ("timezone", lambda task, _: "" if task.recurrence is None else task.recurrence.timezone),
    ("previous_id", lambda task, _: _number(task.previous_id)),
)
HEADER = tuple(name for name, _ in _COLUMNS)


def csv_bytes(document: ExportDocument) -> bytes:
    """The tasks as RFC 4180 CSV (CRLF line ends) in UTF-8 with a byte order mark, which Excel needs to
    read UTF-8; a task's project and section by name."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    names = _Names.of(document)
    writer.writerows([cell(task, names) for _, cell in _COLUMNS] for task in document.tasks)
    return out.getvalue().encode("utf-8-sig")
