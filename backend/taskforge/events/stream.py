"""One user's change stream as Server-Sent Events: replay from a cursor, then each change as it commits,
with a heartbeat comment when nothing happened, until the credential that opened it runs out."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from taskforge.changes.service import Page, changes_since
from taskforge.errors import Gone, Unauthorized
from taskforge.events.hub import Hub
from taskforge.extensions import db

BATCH = 500


@dataclass(frozen=True)
class Timing:
    heartbeat_s: float  # a comment line this often when nothing happens (proxies close idle connections)
    fallback_poll_s: float  # how often the change log is re-read while Redis cannot ring
    retry_ms: int  # how long EventSource waits before reconnecting


def sse(
    *, event: str | None = None, data: object = None, id_: int | None = None, comment: str | None = None
) -> str:
    lines = []
    if comment is not None:
        lines.append(f": {comment}")
    if id_ is not None:
        lines.append(f"id: {id_}")
    if event is not None:
        lines.append(f"event: {event}")
    if data is not None:
        lines.append(f"data: {json.dumps(data, separators=(',', ':'))}")
    return "\n".join(lines) + "\n\n"


def changes_stream(
    *,
    hub: Hub,
    user_id: int,
    cursor: int | None,
    timing: Timing,
    still_valid: Callable[[], bool],
    deadline: float,
) -> Iterator[str]:
    """The stream's text, event by event. `cursor` None: from now on; `still_valid` is asked at every
    heartbeat (a revoked token or a deleted account ends the stream); `deadline` (time.monotonic) ends it when
    its credential expires, with an `expired` event so the client reconnects with a fresh one."""
    yield f"retry: {timing.retry_ms}\n\n"
    with hub.subscription(user_id) as ring:
        if cursor is None:
            cursor = _read(user_id, None).cursor
            yield sse(event="ready", data={"cursor": cursor}, id_=cursor)
        while True:
            ring.clear()  # before reading: a change committed from here on rings again
            try:
                page = _read(user_id, cursor)
            except Gone:
                cursor = _read(user_id, None).cursor
                yield sse(event="reset", data={"cursor": cursor}, id_=cursor)
                continue
            except Unauthorized:
                yield sse(event="expired", data={})
                return
            for change in page.items:
                cursor = change.seq
                data = {
                    "seq": change.seq,
                    "task_id": change.task_id,
                    "action": change.action,
                    "at": _iso(change.at),
                }
                yield sse(event="change", data=data, id_=change.seq)
            if hub.stopping:
                return  # the server is shutting down: the client reconnects elsewhere with Last-Event-ID
            if page.more:
                continue
            wait = timing.heartbeat_s if hub.connected else min(timing.heartbeat_s, timing.fallback_poll_s)
            wait = min(wait, max(0.0, deadline - time.monotonic()))
            if not ring.wait(wait):
                if time.monotonic() >= deadline or not still_valid():
                    yield sse(event="expired", data={})
                    return
                yield sse(comment="heartbeat")


def _read(user_id: int, cursor: int | None) -> Page:
    try:
        return changes_since(user_id=user_id, since=cursor, limit=BATCH)
    finally:
        db.session.remove()  # no connection is held while the stream waits


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")
