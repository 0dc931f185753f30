"""One per process: wakes this process's open streams when their user's changes commit anywhere.

Writers publish the user id on Redis after COMMIT; a listener subscribed to every user's channel wakes the
local streams of that user. Redis is only the doorbell: each stream reads the change log itself, so a lost
message (Redis down, a publish that timed out) costs latency, never a change. While Redis cannot be reached
streams re-read the log every `fallback_poll_s`, and when the listener reconnects it wakes every stream.
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


class Hub:
    def __init__(self, gate: RedisGate | None, *, channel_prefix: str) -> None:
        self.gate = gate
        self.prefix = channel_prefix
        self.stopping = False
        _HUBS.add(self)
        self._waiters: defaultdict[int, set[threading.Event]] = defaultdict(set)
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

    def publish(self, user_ids: Iterable[int]) -> None:
        """Ring for each user (after their changes committed): this process's streams at once, others' through
        Redis. Fail-open: a publish that fails is made up for by the streams' polling."""
        users = sorted(set(user_ids))
        for user_id in users:
            self._wake(user_id)
        if self.gate is not None and users:

            def send(client: redis.Redis) -> None:
                pipe = client.pipeline(transaction=False)
                for user_id in users:
                    pipe.publish(f"{self.prefix}{user_id}", b"1")
                pipe.execute()

            self.gate.run("publish", send)

    @contextmanager
    def subscription(self, user_id: int) -> Iterator[threading.Event]:
        """An event that is set whenever the user's changes commit; starts the listener on first use."""
        self._start_listener()
        ring = threading.Event()
        with self._lock:
            self._waiters[user_id].add(ring)
        try:
            yield ring
        finally:
            with self._lock:
                self._waiters[user_id].discard(ring)
                if not self._waiters[user_id]:
                    del self._waiters[user_id]

    def _wake(self, user_id: int) -> None:
        with self._lock:
            rings = list(self._waiters.get(user_id, ()))
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
                        user = channel.removeprefix(self.prefix)
                        if user.isdigit():
                            self._wake(int(user))
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
            settings.redis_url, timeout_s=settings.redis_timeout_s, cooldown_s=settings.redis_cooldown_s
        )
        if settings.redis_url
        else None
    )
    app.extensions[EXTENSION] = Hub(gate, channel_prefix=settings.events_channel_prefix)


def events_hub(app: Flask | None = None) -> Hub | None:
    """The app's hub (None in an app built without one)."""
    hub: Hub | None = (app or current_app).extensions.get(EXTENSION)
    return hub
