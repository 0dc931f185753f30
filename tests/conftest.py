"""The docker-compose model the compose tests share (tests/test_compose*.py), rendered once per run: secrets
generated per run (the VAPID key by the backend) and written to a temporary env file only, then
`docker compose config --format json` of the file with them."""

from __future__ import annotations

import json
from pathlib import Path
from secrets import token_urlsafe

import pytest

from tests.compose_stack import SECRETS, backend_settings, compose, write_env


@pytest.fixture(scope="session")
def vapid() -> dict[str, str]:
    return backend_settings("keys")


@pytest.fixture(scope="session")
def generated(vapid) -> dict[str, str]:
    values = {name: token_urlsafe(48) for name in SECRETS}
    values["VAPID_PRIVATE_KEY"] = vapid["raw"]  # the form `python -m taskforge.push.keys` prints
    return values


@pytest.fixture(scope="session")
def env_file(tmp_path_factory, generated) -> Path:
    return write_env(tmp_path_factory.mktemp("compose") / "test.env", generated)


@pytest.fixture(scope="session")
def rendered(env_file) -> dict:
    result = compose(env_file, "config", "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="session")
def services(rendered) -> dict[str, dict]:
    return rendered["services"]
