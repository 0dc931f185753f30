"""The links an email carries: to what it is about, to the settings page, and to turn its kind of email off.

An unsubscribe link holds a token signed with the server's SECRET_KEY naming the person and the kind: whoever
has the email may turn that one kind of email off for them (RFC 8058's one-click), and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from itsdangerous import BadSignature, URLSafeSerializer

from taskforge.notifications.schemas import KINDS, Kind

_SALT = "taskforge.email.unsubscribe"


@dataclass(frozen=True)
class Unsubscribe:
    """What an unsubscribe token stands for."""

    user_id: int
    kind: Kind


def _serializer(secret_key: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret_key, salt=_SALT)


def unsubscribe_token(secret_key: str, *, user_id: int, kind: Kind) -> str:
    return str(_serializer(secret_key).dumps([user_id, kind]))


def read_unsubscribe_token(secret_key: str, token: str) -> Unsubscribe | None:
    """What the token stands for, or None when it is not one this server signed."""
    try:
        found = _serializer(secret_key).loads(token)
    except BadSignature:
        return None
    match found:
        case [int() as user_id, str() as kind] if kind in KINDS:
            return Unsubscribe(user_id=user_id, kind=kind)
    return None


@dataclass(frozen=True)
class Links:
    """Absolute links into TaskForge at `public_url` (PUBLIC_URL)."""

    public_url: str
    secret_key: str

    def to(self, path: str) -> str:
        return f"{self.public_url}{path}"

    def unsubscribe(self, *, user_id: int, kind: Kind) -> str:
        token = unsubscribe_token(self.secret_key, user_id=user_id, kind=kind)
        return self.to(f"/api/email/unsubscribe?token={quote(token)}")
