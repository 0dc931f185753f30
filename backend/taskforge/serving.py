"""The gunicorn worker TaskForge runs in: gunicorn's gevent worker, draining in the time its requests take.

On SIGTERM gunicorn's gevent worker stops accepting, then waits until every connection has closed, up to
graceful_timeout: a keep-alive connection idle between requests (a load balancer keeps many) or an open event
stream holds the worker until the deadline. This one also closes idle keep-alive connections and asks the
event streams to end (EventSource reconnects, to another server, with Last-Event-ID), so the worker exits once
its in-flight requests are done.
"""

from __future__ import annotations

import socket
from contextlib import suppress
from typing import Any

import gevent
from gunicorn.workers.ggevent import GeventWorker

from taskforge.events.hub import stop_all_streams

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
