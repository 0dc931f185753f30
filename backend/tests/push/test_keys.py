"""`python -m taskforge.push.keys`: a new VAPID key as a line for an env file, and nothing on stderr."""

from __future__ import annotations

import subprocess
import sys

from taskforge.push.keys import normalised_private_key, public_key_of
from tests.live_server import BACKEND


def test_the_command_prints_a_usable_key_and_no_warning():
    done = subprocess.run(
        [sys.executable, "-m", "taskforge.push.keys"], cwd=BACKEND, capture_output=True, text=True, check=True
    )
    assert done.stderr == ""  # e.g. runpy's warning when the module was imported before it ran
    first, comment = done.stdout.splitlines()
    key = first.removeprefix("VAPID_PRIVATE_KEY=")
    assert normalised_private_key(key) == key
    assert comment == f"# public key: {public_key_of(key)}"
