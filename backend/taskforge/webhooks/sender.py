"""Sending one delivery: the URL vetted again (taskforge/webhooks/guard.py) and the connection made to the
address vetted, with the URL's host as Host and TLS server name; signed as Standard Webhooks defines; a
short timeout; redirects never followed (a 3xx is a failure: following one could reach anywhere)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import urllib3
from standardwebhooks.webhooks import Webhook as Signer

from taskforge.webhooks import guard

USER_AGENT = "TaskForge-Webhooks/1"
_MAX_BODY = 4096  # of a receiver's answer read: it is not kept, only the status


@dataclass(frozen=True)
class Sent:
    """What one attempt got: the receiver's status (None if it gave none), the reason it failed, and how
    long it took."""

    status: int | None
    error: str | None
    latency_ms: int

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def signed_headers(secret: str, *, message_id: str, body: str, at: datetime) -> dict[str, str]:
    """The Standard Webhooks headers of `body` sent at `at`."""
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Signer(secret).sign(message_id, at, body),
    }


class WebhookSender:
    """Sends deliveries; `allow_private` is WEBHOOK_ALLOW_PRIVATE (tests, or receivers on a private net)."""

    def __init__(self, *, timeout_s: float, allow_private: bool) -> None:
        self.timeout = urllib3.Timeout(connect=min(timeout_s, 5.0), read=timeout_s)
        self.allow_private = allow_private

    def send(self, url: str, *, secret: str, message_id: str, body: str) -> Sent:
        """POST `body` to `url`, signed; never raises for the receiver's failures."""
        started = time.monotonic()
        try:
            target = guard.vet(url, allow_private=self.allow_private)
        except guard.Refused as refused:
            return Sent(None, f"refused: the URL {refused}", 0)
        headers = {
            **signed_headers(secret, message_id=message_id, body=body, at=datetime.now(UTC)),
            "Host": target.host_header,
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
        }
        try:
            with self._pool(target) as pool:
                response = pool.urlopen(
                    "POST",
                    target.path,
                    body=body.encode(),
                    headers=headers,
                    redirect=False,
                    retries=False,
                    preload_content=False,
                    assert_same_host=False,
                )
                response.read(_MAX_BODY)
                response.release_conn()
        except (urllib3.exceptions.HTTPError, OSError) as error:
            return Sent(None, f"{type(error).__name__}: {error}"[:300], _since(started))
        status = int(response.status)
        failure = None if 200 <= status < 300 else f"HTTP {status}"
        if 300 <= status < 400:
            failure = f"HTTP {status}: redirects are not followed"
        return Sent(status, failure, _since(started))

    def _pool(self, target: guard.Target) -> urllib3.HTTPConnectionPool:
        """A connection pool to the vetted address (one connection, closed after the attempt)."""
        if target.scheme == "https":
            return urllib3.HTTPSConnectionPool(
                target.address,
                target.port,
                timeout=self.timeout,
                maxsize=1,
                server_hostname=target.host,
                assert_hostname=target.host,
                cert_reqs="CERT_REQUIRED",
            )
        return urllib3.HTTPConnectionPool(target.address, target.port, timeout=self.timeout, maxsize=1)


def _since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
