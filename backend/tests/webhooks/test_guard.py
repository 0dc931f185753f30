"""Server-side request forgery at delivery time: the URL is vetted again against what its host resolves to
then, and the connection goes to the address vetted (pinned), so a name that resolved to a public address
when the webhook was saved and to loopback by the time of the delivery (DNS rebinding) reaches nothing. Only
the resolver function of taskforge/webhooks/guard.py is replaced; the HTTP client is the real one."""

from __future__ import annotations

import ipaddress
import json

import pytest

from taskforge.webhooks import guard
from taskforge.webhooks.delivery import Outcome
from tests.webhooks.conftest import deliveries, drain, make_project, make_task, make_webhook, sender

PUBLIC_IP = "93.184.215.14"


class Resolver:
    """What `guard.resolve` answers for `hooks.example`, changed by the test between save and delivery."""

    def __init__(self, *addresses: str) -> None:
        self.addresses = list(addresses)
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host != "hooks.example":
            raise OSError("unknown host")
        return self.addresses


def test_a_name_rebound_to_loopback_after_it_was_saved_reaches_nothing(client, auth, receiver, monkeypatch):
    resolver = Resolver(PUBLIC_IP)
    monkeypatch.setattr(guard, "resolve", resolver)
    project = make_project(client, auth)
    hook = make_webhook(client, auth, f"http://hooks.example:{receiver.port}/hook", project=project)
    make_task(client, auth, project)
    resolver.addresses = ["127.0.0.1"]  # rebound
    assert drain(allow_private=False) == [Outcome.RETRY]
    assert receiver.received == []
    (row,) = deliveries(hook["id"])
    assert row.response_code is None
    assert row.last_error.startswith("refused: the URL must not reach a private")
    assert resolver.asked == ["hooks.example", "hooks.example"]  # saved, then sent: asked each time


def test_one_private_address_among_public_ones_is_refused(client, auth, monkeypatch):
    monkeypatch.setattr(guard, "resolve", Resolver(PUBLIC_IP, "10.1.2.3"))
    body = {"url": "https://hooks.example/hook", "events": ["task.created"]}
    response = client.post("/api/webhooks", json=body, headers=auth)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "url"


def test_the_connection_goes_to_the_vetted_address_with_the_urls_host(
    client, auth, receiver, allow_private, monkeypatch
):
    monkeypatch.setattr(guard, "resolve", Resolver("127.0.0.1"))
    project = make_project(client, auth)
    make_webhook(client, auth, f"http://hooks.example:{receiver.port}/in?x=1", project=project)
    make_task(client, auth, project, "Pinned")
    assert drain() == [Outcome.SENT]
    (got,) = receiver.received
    assert got.headers["host"] == f"hooks.example:{receiver.port}"
    assert got.path == "/in?x=1"
    assert json.loads(got.body)["data"]["task"]["title"] == "Pinned"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("172.31.255.255", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),  # noqa: S104 - an address to refuse, not one bound to
        ("255.255.255.255", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("::", False),
        ("fe80::1", False),
        ("fd12:3456::1", False),
        ("ff02::1", False),
        ("::ffff:10.0.0.1", False),
        ("64:ff9b::7f00:1", False),
        ("2002:7f00:1::", False),  # 6to4 of 127.0.0.1
    ],
)
def test_which_addresses_are_public(address, public):
    assert guard.public(ipaddress.ip_address(address)) is public


def test_a_refused_url_is_refused_before_any_connection(receiver):
    sent = sender(allow_private=False).send(
        receiver.url(), secret="whsec_" + "QUFB" * 8, message_id="msg_1", body="{}"
    )
    assert (sent.status, sent.ok) == (None, False)
    assert sent.error.startswith("refused")
    assert receiver.received == []
