"""One person's change stream as Server-Sent Events: replay from a cursor, then each change to anything they
may see as it commits, with a heartbeat comment when nothing happened, until the credential that opened it
runs out. Each read takes their grants afresh, in the same snapshot as the changes it reads: once they lose a
project, the stream tells them (a tombstone) and shows nothing of it again."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from taskforge.access.identity import Identity, identity_of
from taskforge.changes.entries import Entry, change_out
from taskforge.changes.service import changes_since
from taskforge.errors import Gone
from taskforge.events.hub import Hub, Ring
from taskforge.extensions import db

BATCH = 500


@dataclass(frozen=True)
class Timing:
    heartbeat_s: float  # a comment line this often when nothing happens (proxies close idle connections)
    fallback_poll_s: float  # how often the change log is re-read while Redis cannot ring
    retry_ms: int  # how long EventSource waits before reconnecting


class _AccountGone(Exception):
    pass


def sse(
    *, event: str | None = None, data: object = None, id_: str | None = None, comment: str | None = None
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
    cursor: str | None,
    timing: Timing,
    still_valid: Callable[[], bool],
    deadline: float,
) -> Iterator[str]:
    """The stream's text, event by event. `cursor` None: from now on; `still_valid` is asked at every
    heartbeat (a revoked token ends the stream); `deadline` (time.monotonic) ends it when its credential
    expires, with an `expired` event so the client reconnects with a fresh one."""
    yield f"retry: {timing.retry_ms}\n\n"
    with hub.subscription() as ring:
        while True:
            ring.clear()  # before reading: a change committed from here on rings again
            try:
                page = _read(user_id, cursor, ring)
            except Gone:
                cursor = _read(user_id, None, ring).cursor
                yield sse(event="reset", data={"cursor": cursor}, id_=cursor)
                continue
            except _AccountGone:
                yield sse(event="expired", data={})
                return
            if cursor is None:
                cursor = page.cursor
                yield sse(event="ready", data={"cursor": cursor}, id_=cursor)
            yield from page_events(page)
            cursor = page.cursor
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


def page_events(page: _Page) -> Iterator[str]:
    """A page's changes as events; the last one carries the page's cursor as its id (a client that
    reconnects after an earlier one gets a few again, each with the current state: harmless)."""
    for index, (_, out) in enumerate(page.items):
        last = index == len(page.items) - 1
        yield sse(event="change", data=out, id_=page.cursor if last else None)


@dataclass(frozen=True)
class _Page:
    items: list[tuple[Entry, dict[str, Any]]]
    cursor: str
    more: bool


def _read(user_id: int, cursor: str | None, ring: Ring) -> _Page:
    """The person's grants and their changes after `cursor`, read in one snapshot (REPEATABLE READ on
    PostgreSQL); the ring then watches exactly their projects. No connection is held afterwards."""
    try:
        if isinstance(db.session.get_bind(), Engine) and db.session.get_bind().dialect.name == "postgresql":
            db.session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        identity: Identity | None = identity_of(user_id)
        if identity is None:
            raise _AccountGone
        ring.watch(identity.grants)
        page = changes_since(identity=identity, since=cursor, limit=BATCH)
        items = [(entry, change_out(entry, identity).model_dump(mode="json")) for entry in page.items]
        return _Page(items=items, cursor=page.cursor, more=page.more)
    finally:
        db.session.remove()  # no connection is held while the stream waits
