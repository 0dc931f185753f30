"""Start the benchmark's own Redis, migrate its database, and serve TaskForge and the floor with gunicorn."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import redis

from bench.procs import Server, free_port, spawn, stop, tail, wait_http
from taskforge.push.keys import new_private_key

BACKEND = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# High enough that no limiter ever refuses a benchmark request (each limit is in Flask-Limiter's syntax).
UNLIMITED = "100000000/minute"
_LIMITS = (
    "API_RATE_LIMIT",
    "LOGIN_RATE_LIMIT",
    "LOGIN_ACCOUNT_RATE_LIMIT",
    "REGISTER_RATE_LIMIT",
    "REFRESH_RATE_LIMIT",
)
# The events server's settings, as production's events Deployment sets them (the API server keeps the default
# sync workers).
EVENTS_SERVER = {"GUNICORN_WORKER_CLASS": "gevent", "WEB_CONCURRENCY": "1"}
# App settings a caller's environment must not leak into the measured servers (gunicorn's own, such as
# WEB_CONCURRENCY, are kept: the floor and TaskForge get the same ones).
_APP_PREFIXES = ("TASKFORGE_", "REDIS_", "CACHE_", "JWT_", "DB_")
_APP_NAMES = frozenset(
    {"DATABASE_URL", "SECRET_KEY", "CORS_ORIGINS", "TRUSTED_PROXY_HOPS", "PROMETHEUS_MULTIPROC_DIR"}
    | {"LOG_LEVEL", "HOST", "PORT", *_LIMITS}
)


def _executable(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise RuntimeError(f"{name} is not installed")
    return path


def start_redis(workdir: Path, stack: ExitStack) -> tuple[str, redis.Redis, str]:
    """The benchmark's own redis-server on a free loopback port; returns (url, client, version)."""
    port = free_port()
    argv = [_executable("redis-server"), "--port", str(port), "--bind", "127.0.0.1"]
    argv += ["--save", "", "--appendonly", "no", "--dir", str(workdir)]
    process = spawn(argv, cwd=workdir, env=dict(os.environ), log=workdir / "redis.log")
    stack.callback(stop, process)
    client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=30)
    deadline = time.monotonic() + 15
    while True:
        with contextlib.suppress(redis.RedisError):
            if client.ping():
                break
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"redis-server did not start\n{tail(workdir / 'redis.log')}")
        time.sleep(0.1)
    info: dict[str, Any] = client.info("server")  # type: ignore[assignment]  # redis-py's sync/async union
    version = str(info["redis_version"])
    return f"redis://127.0.0.1:{port}/0", client, version


def base_env(workdir: Path, *, database_url: str, redis_url: str) -> dict[str, str]:
    """Production settings for every TaskForge server of the run: random secrets, limits out of reach."""
    env = {k: v for k, v in os.environ.items() if k not in _APP_NAMES and not k.startswith(_APP_PREFIXES)}
    env.update(
        TASKFORGE_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(48),
        JWT_SECRET_KEY=secrets.token_urlsafe(48),
        VAPID_PRIVATE_KEY=new_private_key(),
        TASKFORGE_INSTANCE_PATH=str(workdir / "instance"),
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        LOG_LEVEL="WARNING",
        HOST="127.0.0.1",
    )
    env.update(dict.fromkeys(_LIMITS, UNLIMITED))
    return env


def migrate(env: dict[str, str], log: Path) -> None:
    """`flask --app wsgi db upgrade` on the benchmark database; raise RuntimeError with its output."""
    done = subprocess.run(  # noqa: S603 - the venv's flask
        [str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"],
        cwd=BACKEND,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    log.write_text(done.stdout + done.stderr)
    if done.returncode != 0:
        raise RuntimeError(f"flask db upgrade failed:\n{done.stdout}\n{done.stderr}")


def start_gunicorn(
    name: str, app: str, env: dict[str, str], workdir: Path, stack: ExitStack, *, health: str
) -> Server:
    """`gunicorn -c gunicorn.conf.py APP` from backend/ on a free port, with its own metrics directory."""
    port = free_port()
    metrics = workdir / f"metrics-{name}"
    metrics.mkdir()
    server_env = {**env, "PORT": str(port), "PROMETHEUS_MULTIPROC_DIR": str(metrics)}
    log = workdir / f"{name}.log"
    argv = [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py", app]
    process = spawn(argv, cwd=BACKEND, env=server_env, log=log)
    stack.callback(stop, process)
    url = f"http://127.0.0.1:{port}"
    wait_http(url + health, process, log)
    return Server(name=name, url=url, process=process, log=log, env=server_env)


def gunicorn_settings(env: dict[str, str]) -> dict[str, str]:
    """The worker class and count gunicorn.conf.py resolves to under `env` (the same file the servers use)."""
    code = (
        "import runpy, json; c = runpy.run_path('gunicorn.conf.py'); "
        "print(json.dumps({'worker_class': c['worker_class'], 'workers': c['workers'], "
        "'timeout': c['timeout'], 'keepalive': c['keepalive']}))"
    )
    done = subprocess.run(  # noqa: S603 - the venv's python on the repository's config
        [sys.executable, "-c", code], cwd=BACKEND, env=env, capture_output=True, text=True, check=True
    )
    return {k: str(v) for k, v in json.loads(done.stdout).items()}


def log_problems(log: Path) -> dict[str, int]:
    """Counts of worrying lines in a server log: tracebacks, errors, worker timeouts."""
    text = log.read_text(errors="replace") if log.exists() else ""
    return {
        "tracebacks": text.count("Traceback (most recent call last)"),
        "error lines": sum(1 for line in text.splitlines() if "ERROR" in line or "CRITICAL" in line),
        "worker timeouts": text.count("WORKER TIMEOUT"),
    }
