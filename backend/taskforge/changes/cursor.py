"""The change feed's cursor: how far a client has read each project's stream, as one opaque string.

`<project>.<seq>` pairs joined by `-` (`12.345-13.9`): short for the few projects most people have, readable
in a log, and safe in a query string and an SSE `id:` line. The client passes it back as it got it.
"""

from __future__ import annotations

import re

from taskforge.db import MAX_ID

Cursor = dict[int, int]  # project id -> the number of the last change read from its stream

PATTERN = r"^(0|[1-9][0-9]{0,18}\.(0|[1-9][0-9]{0,18})(-[1-9][0-9]{0,18}\.(0|[1-9][0-9]{0,18}))*)$"
_PAIR = re.compile(r"([1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})")
MAX_LENGTH = 16_384


def encode(cursor: Cursor) -> str:
    """The cursor as the client sees it (`0` when it covers no project)."""
    return "-".join(f"{project}.{seq}" for project, seq in sorted(cursor.items())) or "0"


def decode(text: str) -> Cursor | None:
    """The cursor a client sent, or None when it is not one this server hands out."""
    if text == "0":
        return {}
    cursor: Cursor = {}
    for pair in text.split("-"):
        match = _PAIR.fullmatch(pair)
        if match is None:
            return None
        project, seq = int(match[1]), int(match[2])
        if project > MAX_ID or seq > MAX_ID or project in cursor:
            return None
        cursor[project] = seq
    return cursor
