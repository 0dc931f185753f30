"""Hooks for the schemathesis CLI run (tests/api/test_schemathesis_cli.py, through SCHEMATHESIS_HOOKS).

The fuzzer draws Idempotency-Keys from a small space and repeats them (hypothesis reuses values on
purpose), so a POST is sometimes sent again with the key and body of one it sent before. The API then rightly
replays the first answer (`Idempotent-Replayed: true`), naming a resource a later step may have deleted, and
the stateful check "created resource not found" (ST302) reports a DELETE of it answering 404. Every valid key
drawn gets a suffix unique to this run, so a replay happens only where the API is asked for one; keys that are
invalid on purpose (empty, too long, other characters) are left as drawn. Replays are tested in
tests/idempotency.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import schemathesis

from taskforge.idempotency.guard import KEY_PATTERN

_HEADER = "Idempotency-Key"
_VALID = re.compile(KEY_PATTERN)
_SERIAL = itertools.count()
_ROOM = 255 - 12  # the suffix: "~" and up to 11 digits


@schemathesis.hook
def map_headers(_ctx: Any, headers: dict[str, str] | None) -> dict[str, str] | None:
    key = (headers or {}).get(_HEADER)
    if headers is not None and key is not None and _VALID.match(key) and len(key) <= _ROOM:
        headers[_HEADER] = f"{key}~{next(_SERIAL)}"
    return headers
