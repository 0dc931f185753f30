"""Cache key layout: `<prefix><user>:<own>.<projects>:<kind>:<digest>`, plus `<prefix><user>:index`, the set
of a user's entry keys. The generation (the user's own, and the sum of their projects') follows the user id,
so any write to what they can see retires all of their older entries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

Generation = tuple[int, int]


@dataclass(frozen=True)
class KeySpace:
    prefix: str = "tf:c:"

    def entry(self, user_id: int, generation: Generation, kind: str, variant: str) -> str:
        """The key of one cached response: user, generation, endpoint kind and a digest of its parameters."""
        digest = hashlib.blake2b(variant.encode(), digest_size=12).hexdigest()
        return f"{self.prefix}{user_id}:{generation[0]}.{generation[1]}:{kind}:{digest}"

    def index(self, user_id: int) -> str:
        """The set of a user's entry keys: a sweep reads only that user's keys, never the whole keyspace."""
        return f"{self.prefix}{user_id}:index"

    def generation_of(self, key: str) -> Generation | None:
        """The generation in an entry key of this key space, or None for anything else."""
        if not key.startswith(self.prefix):
            return None
        parts = key[len(self.prefix) :].split(":")
        own, _, projects = parts[1].partition(".") if len(parts) == 4 else ("", "", "")
        if not (own.isdigit() and projects.isdigit()):
            return None
        return int(own), int(projects)
