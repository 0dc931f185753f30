"""A throwaway PostgreSQL cluster of a test's own (initdb on a free port), to restart at will."""

from __future__ import annotations

import contextlib
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.live_server import free_port

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), Path("/usr/lib/postgresql/15/bin"))


def _as_postgres(*args: str) -> list[str]:
    # PostgreSQL refuses to run as root; CI and these machines run tests as root.
    return ["runuser", "-u", "postgres", "--", *args]


class PostgresServer:
    """`host_auth` is pg_hba's method for TCP connections: `trust`, or `scram-sha-256` to check passwords
    (the superuser then gets a random one, in `url`). Connections over the Unix socket in `root` stay trusted.
    """

    def __init__(self, *, host_auth: str = "trust") -> None:
        self.root = Path(tempfile.mkdtemp(prefix="tf-pg-"))
        shutil.chown(self.root, user="postgres")
        self.data = self.root / "data"
        self.port = free_port()
        self.host_auth = host_auth
        self.superuser_password = secrets.token_hex(16) if host_auth != "trust" else None

    @property
    def url(self) -> str:
        credentials = "postgres" if self.superuser_password is None else f"postgres:{self.superuser_password}"
        return f"postgresql+psycopg2://{credentials}@127.0.0.1:{self.port}/postgres"

    def _ctl(self, *args: str) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1"
        subprocess.run(
            _as_postgres(
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.root / "log"),
                "-o",
                options,
                "-w",
                "-t",
                "30",
                *args,
            ),
            check=True,
            capture_output=True,
        )

    def start(self) -> PostgresServer:
        initdb = [str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth-local=trust"]
        initdb.append(f"--auth-host={self.host_auth}")
        if self.superuser_password is not None:  # initdb refuses password authentication without one
            pwfile = self.root / "superuser-password"
            pwfile.write_text(self.superuser_password)
            shutil.chown(pwfile, user="postgres")
            initdb.append(f"--pwfile={pwfile}")
        subprocess.run(_as_postgres(*initdb), check=True, capture_output=True)
        self._ctl("start")
        return self

    def restart(self, mode: str) -> None:
        """Restart with pg_ctl's shutdown mode: `fast` (clean) or `immediate` (like a crash)."""
        self._ctl("-m", mode, "restart")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            self._ctl("-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)
