"""Run the real thing for tests: `flask db upgrade`, then gunicorn with the production config."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

BACKEND = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class LiveServer:
    url: str
    process: subprocess.Popen[bytes]
    env: dict[str, str]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"gunicorn exited with {process.returncode}")
        try:
            if requests.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or workers still booting
            time.sleep(0.2)
    raise AssertionError("gunicorn did not answer within 30 s")


@contextmanager
def live_server(
    instance: Path,
    *,
    database_url: str | None = None,
    app: str = "wsgi:app",
    output: Path | None = None,
    **env_overrides: str | None,
) -> Iterator[LiveServer]:
    """Migrate and serve TaskForge under gunicorn; stop it (SIGTERM) on exit.

    `app` is gunicorn's target (a factory call such as "tests.module:make()" works); `output`, when given,
    receives everything the server writes to stdout and stderr (otherwise it is discarded). An override
    of None removes that variable from the server's environment.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "JWT_SECRET_KEY"}}
    env.update(
        TASKFORGE_INSTANCE_PATH=str(instance), HOST="127.0.0.1", PORT=str(free_port()), WEB_CONCURRENCY="2"
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    for name, value in env_overrides.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    subprocess.run(
        [BIN / "flask", "--app", "wsgi", "db", "upgrade"],
        cwd=BACKEND,
        env=env,
        check=True,
        capture_output=True,
    )
    with open(output or os.devnull, "ab") as sink:  # the server keeps its own copy of the descriptor
        process = subprocess.Popen(
            [BIN / "gunicorn", "-c", "gunicorn.conf.py", app], cwd=BACKEND, env=env, stdout=sink, stderr=sink
        )
    base = f"http://127.0.0.1:{env['PORT']}"
    try:
        _wait_until_up(base, process)
        yield LiveServer(url=base, process=process, env=env)
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=60)
