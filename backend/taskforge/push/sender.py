"""Sending one Web Push message with pywebpush: the payload encrypted for the subscription (aes128gcm,
RFC 8291), signed with the server's VAPID key, with a Topic so a push service holding an undelivered copy
replaces it rather than showing it twice."""

from __future__ import annotations

import json
import logging
from typing import Any

import requests
from py_vapid import Vapid02
from pywebpush import WebPushException, webpush

from taskforge.push.models import PushSubscription

log = logging.getLogger(__name__)

TTL_S = 24 * 3600  # a push service keeps an undelivered message this long


class PushSender:
    """Sends through one HTTP session (connections kept between messages). Not for several threads."""

    def __init__(self, private_key: str, *, subject: str, timeout_s: float) -> None:
        self.vapid = Vapid02.from_string(private_key)  # RFC 8292: Authorization: vapid t=..., k=...
        self.subject = subject
        self.timeout_s = timeout_s
        self.session = requests.Session()
        self.session.max_redirects = 0  # a push service answers; it never sends the message elsewhere

    def send(self, subscription: PushSubscription, payload: dict[str, Any], *, topic: str) -> int | None:
        """Send; return the push service's status code, or None when it could not be reached."""
        try:
            response = webpush(
                subscription_info={
                    "endpoint": subscription.endpoint,
                    "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
                },
                data=json.dumps(payload, separators=(",", ":")),
                vapid_private_key=self.vapid,
                vapid_claims={"sub": self.subject},  # a new dict each time: webpush adds this endpoint's aud
                ttl=TTL_S,
                headers={"Topic": topic, "Urgency": "normal"},
                timeout=self.timeout_s,
                requests_session=self.session,
            )
        except WebPushException as error:
            return error.response.status_code if error.response is not None else None
        except Exception:  # any failure of one message: network, a key or URL py_vapid refuses, ...
            log.warning("push failed", exc_info=True, extra={"subscription_id": subscription.id})
            return None  # is this delivery's to retry, never the worker's to die of
        return int(response.status_code) if isinstance(response, requests.Response) else None

    def close(self) -> None:
        self.session.close()
