"""Account email tests: a real SMTP server on loopback the app is set up to send through, the worker's
delivery run in the test's transaction, and the links read back from the emails received."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from email.message import Message

import pytest
from flask import Flask

from taskforge.account_email import queue as account_queue
from taskforge.mail.queue import Emailed
from tests.outbox_drain import outbox_policy
from tests.smtp_server import PUBLIC_URL, SmtpServer, post_to

NEW_PASSWORD = "a brand new passphrase"
_LINK = re.compile(rf"{re.escape(PUBLIC_URL)}(/[a-z-]+)\?token=([A-Za-z0-9_-]{{43}})")


@pytest.fixture
def smtp(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    """A mail server on loopback, and the app set up to send email through it."""
    with SmtpServer() as server:
        settings = replace(app.config["TASKFORGE"], smtp_url=server.url, public_url=PUBLIC_URL)
        monkeypatch.setitem(app.config, "TASKFORGE", settings)
        yield server


def send_all(smtp: SmtpServer, *, worker: str = "w1", attempts: int = 3) -> list[Emailed]:
    """Deliver every due account email as a worker would, in the test's transaction; return the outcomes."""
    policy = outbox_policy(worker, attempts=attempts)
    outcomes: list[Emailed] = []
    with post_to(smtp.url) as post:
        while batch := account_queue.claim(policy=policy, limit=50):
            outcomes += [account_queue.deliver(i, policy=policy, post=post) for i in batch]
    return outcomes


def parts(message: Message) -> tuple[str, str]:
    plain, html = (part.get_payload(decode=True).decode() for part in message.get_payload())  # type: ignore[union-attr]
    return plain.replace("\r\n", "\n"), html


def link_in(message: Message) -> tuple[str, str]:
    """The (SPA path, token) of the one link the email carries, the same in both parts."""
    plain, html = parts(message)
    (found,) = set(_LINK.findall(plain))
    assert f"{PUBLIC_URL}{found[0]}?token={found[1]}" in html
    return found


def sent_to(smtp: SmtpServer, address: str) -> list[Message]:
    return [message for message in smtp.sink.messages if message["To"] == address]
