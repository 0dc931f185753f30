"""One per process: wakes this process's open streams when changes to their projects commit anywhere.

Writers publish each changed project's id on Redis after COMMIT (one message per project, however many
members it has); a listener subscribed to every project's channel wakes the local streams that watch that
project. Redis is only the doorbell: each stream reads the change log itself, so a lost message (Redis down,
a publish that timed out) costs latency, never a change. While Redis cannot be reached streams re-read the
log every `fallback_poll_s`, and when the listener reconnects it wakes every stream.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

import redis
from flask import Flask, current_app

from taskforge.cache.gate import RedisGate
from taskforge.config import Settings

log = logging.getLogger(__name__)
_RECONNECT_S = (0.2, 0.5, 1.0, 2.0)


_HUBS: weakref.WeakSet[Hub] = weakref.WeakSet()


def stop_all_streams() -> None:
    """The server is shutting down: every open stream of this process ends (its client reconnects)."""
    for hub in list(_HUBS):
        hub.stop()


class Ring(threading.Event):
    """One stream's doorbell: set when a project it watches changes."""

    def __init__(self, hub: Hub) -> None:
        super().__init__()
        self._hub = hub
        self._watching: frozenset[int] = frozenset()

    def watch(self, project_ids: Iterable[int]) -> None:
        """Watch exactly these projects from now on (the stream's grants, re-read as it goes)."""
        new = frozenset(project_ids)
        if new != self._watching:
            self._hub._rewatch(self, self._watching, new)
            self._watching = new


class Hub:
    def __init__(self, gate: RedisGate | None, *, channel_prefix: str) -> None:
        self.gate = gate
        self.prefix = channel_prefix
        self.stopping = False
        _HUBS.add(self)
        self._waiters: defaultdict[int, set[Ring]] = defaultdict(set)
        self._lock = threading.Lock()
        self._listening = False
        self._connected = threading.Event()

    @property
    def connected(self) -> bool:
        """Whether messages from other processes arrive now (else streams poll the log)."""
        return self._connected.is_set()

    def stop(self) -> None:
        self.stopping = True
        self._wake_everyone()

    def publish(self, project_ids: Iterable[int]) -> None:
        """Ring for each project (after its changes committed): this process's streams at once, others'
        through Redis. Fail-open: a publish that fails is made up for by the streams' polling."""
        projects = sorted(set(project_ids))
        for project_id in projects:
            self._wake(project_id)
        if self.gate is not None and projects:

            def send(client: redis.Redis) -> None:
                pipe = client.pipeline(transaction=False)
                for project_id in projects:
                    pipe.publish(f"{self.prefix}{project_id}", b"1")
                pipe.execute()

            self.gate.run("publish", send)

    @contextmanager
    def subscription(self) -> Iterator[Ring]:
        """A ring that is set whenever a change to one of the projects it watches commits; starts the
        listener on first use."""
        self._start_listener()
        ring = Ring(self)
        try:
            yield ring
        finally:
            ring.watch(())

    def _rewatch(self, ring: Ring, old: frozenset[int], new: frozenset[int]) -> None:
        with self._lock:
            for project_id in old - new:
                self._waiters[project_id].discard(ring)
                if not self._waiters[project_id]:
                    del self._waiters[project_id]
            for project_id in new - old:
                self._waiters[project_id].add(ring)

    def _wake(self, project_id: int) -> None:
        with self._lock:
            rings = list(self._waiters.get(project_id, ()))
        for ring in rings:
            ring.set()

    def _wake_everyone(self) -> None:
        with self._lock:
            rings = [ring for rings in self._waiters.values() for ring in rings]
        for ring in rings:
            ring.set()

    def _start_listener(self) -> None:
        if self.gate is None:
            return
        with self._lock:
            if self._listening:
                return
            self._listening = True
        threading.Thread(target=self._listen, name="events-listener", daemon=True).start()

    def _listen(self) -> None:
        assert self.gate is not None
        failures = 0
        while True:
            pubsub = self.gate.client.pubsub(ignore_subscribe_messages=True)  # type: ignore[no-untyped-call]
            try:
                pubsub.psubscribe(f"{self.prefix}*")
                self._connected.set()
                self._wake_everyone()  # whatever was published while we were away: streams re-read the log
                failures = 0
                while True:
                    message = pubsub.get_message(timeout=1.0)
                    if message is not None and message["type"] == "pmessage":
                        channel = message["channel"].decode()
                        project = channel.removeprefix(self.prefix)
                        if project.isdigit():
                            self._wake(int(project))
            except (redis.RedisError, OSError) as error:
                if self._connected.is_set():
                    log.warning(
                        "events listener lost Redis; streams poll the change log: %s", type(error).__name__
                    )
                self._connected.clear()
                time.sleep(_RECONNECT_S[min(failures, len(_RECONNECT_S) - 1)])
                failures += 1
            finally:
                with suppress(redis.RedisError, OSError):
                    pubsub.close()


EXTENSION = "taskforge_events"


def register_events(app: Flask, settings: Settings) -> None:
    """This process's hub; it rings through Redis when REDIS_URL is set (else only its own streams)."""
    gate = (
        RedisGate(
            settings.redis_url,
            timeout_s=settings.redis_timeout_s,
            cooldown_s=settings.redis_cooldown_s,
            without="waking this process's event streams only",
        )
        if settings.redis_url
        else None
    )
    app.extensions[EXTENSION] = Hub(gate, channel_prefix=settings.events_channel_prefix)


def events_hub(app: Flask | None = None) -> Hub | None:
    """The app's hub (None in an app built without one)."""
    hub: Hub | None = (app or current_app).extensions.get(EXTENSION)
    return hub
