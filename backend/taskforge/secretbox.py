"""Secrets TaskForge must read back (a TOTP seed, a webhook's signing secret), sealed at rest.

Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`) under a key derived with HKDF from SECRET_KEY, one
key per purpose: a stolen database row, or a backup, is no usable secret without the server's key. Changing
SECRET_KEY makes what was sealed under the old one unreadable (`Unreadable`): those secrets must be issued
again.
"""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app

from taskforge.config import Settings


class Unreadable(Exception):
    """A sealed value that this server's key cannot open (SECRET_KEY changed, or the value was altered)."""


@lru_cache(maxsize=16)
def _fernet(secret_key: str, purpose: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=f"taskforge:{purpose}".encode()).derive(
        secret_key.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def _box(purpose: str) -> Fernet:
    settings: Settings = current_app.config["TASKFORGE"]
    return _fernet(settings.secret_key, purpose)


def seal(plain: str, *, purpose: str) -> str:
    """Encrypt and authenticate `plain` for storage; `purpose` separates the keys of unrelated secrets."""
    return _box(purpose).encrypt(plain.encode()).decode()


def unseal(sealed: str, *, purpose: str) -> str:
    """The plain text of a sealed value; raise Unreadable when this server's key cannot open it."""
    try:
        return _box(purpose).decrypt(sealed.encode()).decode()
    except InvalidToken:
        raise Unreadable(purpose) from None
