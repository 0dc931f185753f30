"""The end-to-end suite's mail server: a real SMTP server on loopback (aiosmtpd) that writes every message it
accepts to <directory>/<n>.eml, for the specs to read the links TaskForge emails. Runs until killed.

Usage: smtp-sink.py <port> <directory> (started by serve-backend.sh when E2E_SMTP_DIR is set)."""

from __future__ import annotations

import itertools
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller


class Mailbox:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.serial = itertools.count(1)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        name = self.directory / f"{next(self.serial):05d}.eml"
        partial = name.with_suffix(".part")
        partial.write_bytes(envelope.original_content)
        partial.rename(name)  # whole or not there: a reader never sees half a message
        return "250 OK"


def main() -> None:
    port, directory = int(sys.argv[1]), Path(sys.argv[2])
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.eml"):
        old.unlink()
    controller = Controller(Mailbox(directory), hostname="127.0.0.1", port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
