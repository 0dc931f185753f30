"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, or refuses it on demand."""

from __future__ import annotations

import email
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller

from taskforge.mail.letters import Letterhead
from taskforge.mail.links import Links
from taskforge.mail.post import Post
from taskforge.mail.smtp import Mailer


@dataclass
class Sink:
    """The aiosmtpd handler: messages as parsed, and a switch to refuse them (a 451, which senders retry)."""

    messages: list[Message] = field(default_factory=list)
    refuse: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        if self.refuse:
            return "451 4.3.0 try again later"
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.original_content))
        return "250 OK"

    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(message["Message-ID"]) for message in self.messages]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SmtpServer:
    def __init__(self) -> None:
        self.sink = Sink()
        self.port = free_port()
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


PUBLIC_URL = "http://tasks.test"


@contextmanager
def post_to(url: str, *, sender: str = "taskforge@example.org", secret_key: str = "s" * 48) -> Iterator[Post]:
    """What the worker sends with, aimed at `url`; its connection is closed on exit."""
    post = Post(Mailer(url, timeout_s=5), Letterhead(sender, Links(PUBLIC_URL, secret_key)))
    try:
        yield post
    finally:
        post.mailer.close()
