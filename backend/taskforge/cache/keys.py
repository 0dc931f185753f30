"""Cache key layout: `<prefix><user>:<generation>:<kind>:<digest>`, plus `<prefix><user>:index`, the set of a
user's entry keys. The generation follows the user id, so a bump retires all of the user's older entries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class KeySpace:
    prefix: str = "tf:c:"

    def entry(self, user_id: int, generation: int, kind: str, variant: str) -> str:
        """The key of one cached response: user, generation, endpoint kind and a digest of its parameters."""
        digest = hashlib.blake2b(variant.encode(), digest_size=12).hexdigest()
        return f"{self.prefix}{user_id}:{generation}:{kind}:{digest}"

    def index(self, user_id: int) -> str:
        """The set of a user's entry keys: a sweep reads only that user's keys, never the whole keyspace."""
        return f"{self.prefix}{user_id}:index"

    def generation_of(self, key: str) -> int | None:
        """The generation in an entry key of this key space, or None for anything else."""
        if not key.startswith(self.prefix):
            return None
        parts = key[len(self.prefix) :].split(":")
        if len(parts) != 4 or not parts[1].isdigit():
            return None
        return int(parts[1])
