"""Opaque bearer secrets that are not JWTs (calendar feed tokens, stream tickets): 256 random bits, stored
only as their SHA-256. A fast hash is enough: the secret is random, not a password, so there is nothing to
guess from the hash."""

from __future__ import annotations

import hashlib
import secrets


def new_secret(prefix: str = "") -> str:
    """`prefix` and 43 URL-safe characters."""
    return prefix + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """What is stored of a secret."""
    return hashlib.sha256(secret.encode()).hexdigest()
