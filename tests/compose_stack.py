"""docker-compose.yml for tests/test_compose*.py (their fixtures are in tests/conftest.py): the file's paths,
the secrets it requires, `compose` run with nothing but an env file, and the backend's interpreter
(backend/.venv, `make install`) for the VAPID key and tests/backend_settings.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
BACKEND_PYTHON = ROOT / "backend" / ".venv" / "bin" / "python"
SECRETS = (
    "POSTGRES_PASSWORD",
    "REDIS_PASSWORD",
    "SECRET_KEY",
    "JWT_SECRET_KEY",
    "GRAFANA_ADMIN_PASSWORD",
    "VAPID_PRIVATE_KEY",
)
BACKEND_SERVICES = ("migrate", "api", "events", "worker")


def compose_binary() -> str:
    path = shutil.which("docker-compose")
    assert path, "docker-compose is not on PATH (PATH=/tmp/opsvenv/bin:$PATH)"
    return path


def compose_text() -> str:
    """docker-compose.yml without its comment lines (which may show ${VAR:?} as an example)."""
    return "\n".join(
        line for line in COMPOSE_FILE.read_text().splitlines() if not line.lstrip().startswith("#")
    )


def referenced_variables() -> set[str]:
    return set(re.findall(r"\$\{(\w+)", compose_text()))


def compose(env_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Only the env file speaks: the caller's environment (which compose would prefer) is cleared of every
    # variable the file references.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in referenced_variables() and not k.startswith("COMPOSE_")
    }
    return subprocess.run(
        [
            compose_binary(),
            "-f",
            str(COMPOSE_FILE),
            "--project-directory",
            str(ROOT),
            "--env-file",
            str(env_file),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env=env,
    )


def write_env(path: Path, values: dict[str, str]) -> Path:
    path.write_text("".join(f"{k}={v}\n" for k, v in values.items()))
    return path


def backend(*args: str, payload: object = None) -> subprocess.CompletedProcess[str]:
    """Run the backend's interpreter (backend/.venv, `make install`) with `args`, JSON `payload` on stdin."""
    if not BACKEND_PYTHON.exists():
        pytest.fail(
            f"{BACKEND_PYTHON} is missing: run `make install` (the VAPID key and the boot checks need it)"
        )
    proc = subprocess.run(
        [str(BACKEND_PYTHON), *args],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def backend_settings(command: str, payload: object = None) -> Any:
    """tests/backend_settings.py: fresh VAPID keys, or what taskforge.config makes of environments."""
    return json.loads(backend(str(ROOT / "tests" / "backend_settings.py"), command, payload=payload).stdout)
