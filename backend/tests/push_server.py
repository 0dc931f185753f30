"""A push service on loopback for the tests: an HTTP server that takes Web Push messages (RFC 8030) for the
browsers the tests make up, answers with the status a test asks for, and can decrypt what it received with
the browser's own keys (RFC 8291) and check the VAPID signature (RFC 8292), as a real push service and
browser would."""

from __future__ import annotations

import base64
import json
import os
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import http_ece
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Browser:
    """A made-up browser: its subscription's keys, and the endpoint it was given."""

    endpoint: str
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth: bytes = field(default_factory=lambda: os.urandom(16))

    def subscription(self) -> dict[str, Any]:
        """What `PushSubscription.toJSON()` gives."""
        public = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return {
            "endpoint": self.endpoint,
            "expirationTime": None,
            "keys": {"p256dh": b64url(public), "auth": b64url(self.auth)},
        }


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]  # names lower-cased
    body: bytes


class PushService:
    """Start with `with PushService() as push:`; `push.browser()` makes a browser to subscribe."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.status: dict[str, int] = {}  # by path: what to answer (default 201)
        self.lock = threading.Lock()
        self.browsers: dict[str, Browser] = {}
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with service.lock:
                    service.received.append(
                        Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                    )
                    status = service.status.get(self.path, 201)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> PushService:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def browser(self) -> Browser:
        path = f"/push/{b64url(os.urandom(12))}"
        made = Browser(endpoint=self.url + path)
        self.browsers[path] = made
        return made

    def messages(self, browser: Browser) -> list[Received]:
        path = browser.endpoint.removeprefix(self.url)
        with self.lock:
            return [message for message in self.received if message.path == path]

    def decrypt(self, message: Received) -> dict[str, Any]:
        """The payload, decrypted with the receiving browser's keys (raises when it does not decrypt)."""
        browser = self.browsers[message.path]
        assert message.headers["content-encoding"] == "aes128gcm"
        plain = http_ece.decrypt(
            message.body, private_key=browser.private_key, auth_secret=browser.auth, version="aes128gcm"
        )
        payload: dict[str, Any] = json.loads(plain)
        return payload

    def vapid_claims(self, message: Received, public_key: str) -> dict[str, Any]:
        """The VAPID JWT's claims, its signature checked against the server's public key (raises if not)."""
        scheme, _, params = message.headers["authorization"].partition(" ")
        assert scheme == "vapid"
        fields = dict(part.strip().split("=", 1) for part in params.split(","))
        assert fields["k"] == public_key
        point = unb64url(public_key)
        key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
        claims: dict[str, Any] = jwt.decode(fields["t"], key=key, algorithms=["ES256"], audience=self.url)
        return claims
