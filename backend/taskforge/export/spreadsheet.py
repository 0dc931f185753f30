"""The export document as CSV, one row per task, for spreadsheets. Pure: no database, no request.

CSV is a one-way export (import reads the JSON format): tags are joined into one cell, and text that a
spreadsheet would run as a formula is defused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
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


_COLUMNS: tuple[tuple[str, Callable[[ExportedTask], str]], ...] = (
    ("id", lambda task: str(task.id)),
    ("parent_id", lambda task: _number(task.parent_id)),
    ("title", lambda task: _text(task.title)),
    ("description", lambda task: _text(task.description)),
    ("priority", lambda task: str(task.priority)),
    ("due_date", lambda task: _when(task.due_date)),
    ("completed", lambda task: "true" if task.completed else "false"),
    ("completed_at", lambda task: _when(task.completed_at)),
    ("created_at", lambda task: _when(task.created_at)),
    ("tags", lambda task: _text(", ".join(task.tags))),
    ("rrule", lambda task: "" if task.recurrence is None else task.recurrence.rrule),
    ("recurrence_anchor", lambda task: "" if task.recurrence is None else task.recurrence.anchor),
    ("timezone", lambda task: "" if task.recurrence is None else task.recurrence.timezone),
    ("previous_id", lambda task: _number(task.previous_id)),
)
HEADER = tuple(name for name, _ in _COLUMNS)


def csv_bytes(document: ExportDocument) -> bytes:
    """The tasks as RFC 4180 CSV (CRLF line ends) in UTF-8 with a byte order mark, which Excel needs to
    read UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows([cell(task) for _, cell in _COLUMNS] for task in document.tasks)
    return out.getvalue().encode("utf-8-sig")
