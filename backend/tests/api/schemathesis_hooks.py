"""Hooks for the schemathesis runs: the CLI's (tests/api/test_schemathesis_cli.py, through
SCHEMATHESIS_HOOKS) and the in-process one (tests/api/test_schemathesis.py imports this module).

The fuzzer draws Idempotency-Keys from a small space and repeats them (hypothesis reuses values on
purpose), so a POST is sometimes sent again with the key of one it sent before: with the same body, the API
rightly replays the first answer (`Idempotent-Replayed: true`), naming a resource a later step may have
deleted, and the stateful check "created resource not found" (ST302) reports a DELETE of it answering 404;
with another body or path, the API rightly answers 422, which the coverage phase reports as a valid request
rejected (ST202). Every valid key gets a suffix unique to this run just before each call, in every phase, so
a replay or a clash happens only where the API is asked for one (a key of the longest valid length keeps it,
its end replaced); keys that are invalid on purpose (empty, too long, other characters) are left as drawn.
Replays and clashes are tested in tests/idempotency.
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
_ROOM = 255 - 12  # room for the suffix ("~" and up to 11 digits) in the longest valid key


def _missing_a_header(case: Any) -> bool:
    """A coverage-phase case that leaves out a header on purpose (the credentials): an edit would make
    schemathesis revalidate the case, and send what it left out."""
    data = getattr(getattr(getattr(case, "meta", None), "phase", None), "data", None)
    scenario = str(getattr(data, "scenario", "")).lower()
    location = str(getattr(data, "parameter_location", "")).lower()
    return "missing_parameter" in scenario and "header" in location


@schemathesis.hook
def before_call(_ctx: Any, case: Any, _kwargs: dict[str, Any]) -> None:
    if _missing_a_header(case):
        return
    headers = case.headers
    key = (headers or {}).get(_HEADER)
    if headers is not None and key is not None and _VALID.match(key):
        headers[_HEADER] = f"{key.split('~')[0][:_ROOM]}~{next(_SERIAL)}"
