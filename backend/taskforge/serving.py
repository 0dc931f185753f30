"""The gunicorn worker TaskForge runs in: gunicorn's gevent worker, draining in the time its requests take.

On SIGTERM gunicorn's gevent worker stops accepting, then waits until every connection has closed, up to
graceful_timeout: a keep-alive connection idle between requests (a load balancer keeps many) or an open event
stream holds the worker until the deadline. This one also closes idle keep-alive connections and asks the
event streams to end (EventSource reconnects, to another server, with Last-Event-ID), so the worker exits once
its in-flight requests are done.
"""

from __future__ import annotations

import gc
import queue
import signal
import socket
import threading
from contextlib import suppress
from typing import Any

import gevent
from flask import Flask
from gunicorn.workers.ggevent import GeventWorker

from taskforge.events.hub import stop_all_streams
from taskforge.extensions import db
from taskforge.metrics import record_pool_size

_DRAIN_TICK_S = 0.1


class DrainingGeventWorker(GeventWorker):  # type: ignore[misc]
    def init_process(self) -> None:
        self._busy: dict[socket.socket, bool] = {}  # every open connection: answering a request now?
        super().init_process()

    def handle(self, listener: Any, client: socket.socket, addr: Any) -> None:
        self._busy[client] = False
        try:
            super().handle(listener, client, addr)
        finally:
            self._busy.pop(client, None)

    def handle_request(self, listener_name: Any, req: Any, sock: socket.socket, addr: Any) -> Any:
        self._busy[sock] = True
        try:
            return super().handle_request(listener_name, req, sock, addr)
        finally:
            if sock in self._busy:
                self._busy[sock] = False

    def handle_exit(self, sig: int, frame: Any) -> None:
        super().handle_exit(sig, frame)  # stops the accept loop
        gevent.spawn(self._drain)

    def _drain(self) -> None:
        stop_all_streams()
        while self._busy:
            for connection, busy in list(self._busy.items()):
                if not busy:  # waiting for a next request that must now go to another server
                    _end(connection)
            gevent.sleep(_DRAIN_TICK_S)


def _end(connection: socket.socket) -> None:
    """Shut an idle connection down so that its greenlet reads end-of-file and closes it as a client's close.

    gevent's own `shutdown` first wakes the greenlet waiting to read with a "file descriptor was closed in
    another greenlet" error, which gunicorn logs as an ERROR with a traceback, once per idle connection on
    every deploy. The socket gevent wraps (its `_sock`, kept for code that needs the socket without the hub)
    shuts down in the kernel only: the waiting read then returns b"" like any other end of a connection.
    """
    raw = getattr(connection, "_sock", connection)
    with suppress(OSError):  # the client closed it first
        raw.shutdown(socket.SHUT_RDWR)


def before_fork() -> None:
    """In a master that built the app (gunicorn's preload): let the timers it started finish, so none
    crosses the fork half-run (the limits library's in-memory storage arms a 10 ms timer when it is made), and
    keep what the master built out of the workers' garbage collections, so its memory stays shared."""
    for thread in threading.enumerate():
        if isinstance(thread, threading.Timer):
            thread.join(timeout=1)
    gc.freeze()


def after_fork(app: object) -> None:
    """In a worker forked from a master that built the app: database connections of its own (SQLAlchemy's
    recipe for pools that cross a fork) and the gauges the build set in the master's name. Nothing for another
    WSGI app served with this configuration (the bench's bare-Flask floor)."""
    if not isinstance(app, Flask) or "sqlalchemy" not in app.extensions:
        return
    with app.app_context():
        db.engine.dispose(close=False)
        record_pool_size(db.engine)


_STOP_SIGNALS = frozenset({signal.SIGTERM, signal.SIGINT, signal.SIGQUIT})


def honour_early_stop(worker: Any, pending: queue.SimpleQueue[int] | None) -> None:
    """Act on a stop signal that reached this worker before it had its own signal handlers.

    Between its fork and gunicorn's `init_signals`, a worker still runs the master's handlers, which queue
    the signal in the worker's copy of the master's queue, where nothing reads it. A SIGTERM then (a pod
    stopping while a worker boots) was lost: the worker went on serving until gunicorn killed it at
    graceful_timeout. `pending` is that copy; gunicorn's post_worker_init hook calls this once the worker's
    own handlers are in place, so any later signal reaches them.
    """
    while pending is not None:
        try:
            sig = pending.get_nowait()
        except queue.Empty:
            return
        if sig == signal.SIGTERM:
            worker.handle_exit(sig, None)  # graceful: finish what is in hand
        elif sig in _STOP_SIGNALS:
            worker.handle_quit(sig, None)  # quick shutdown
