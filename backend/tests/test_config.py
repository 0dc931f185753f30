"""Configuration: one typed object from the environment that refuses unsafe production settings."""

from __future__ import annotations

import pytest

from taskforge import create_app
from taskforge.config import ConfigError, Settings

STRONG = "k" * 48


def test_local_defaults_use_sqlite_and_generate_persistent_secrets(tmp_path):
    env = {"TASKFORGE_INSTANCE_PATH": str(tmp_path)}
    first = Settings.from_env(env)
    assert first.database_url == f"sqlite:///{tmp_path / 'taskforge.db'}"
    assert len(first.secret_key) >= 32
    assert first.secret_key != first.jwt_secret_key
    assert (tmp_path / "jwt_secret_key").stat().st_mode & 0o777 == 0o600
    second = Settings.from_env(env)
    assert (second.secret_key, second.jwt_secret_key) == (first.secret_key, first.jwt_secret_key)


def test_environment_overrides(tmp_path):
    settings = Settings.from_env(
        {
            "TASKFORGE_INSTANCE_PATH": str(tmp_path),
            "DATABASE_URL": "postgresql://db/taskforge",
            "REDIS_URL": "redis://cache:6379/0",
            "PORT": "8080",
            "LOG_LEVEL": "debug",
        }
    )
    assert settings.database_url == "postgresql://db/taskforge"
    assert settings.redis_url == "redis://cache:6379/0"
    assert settings.port == 8080
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"SECRET_KEY": STRONG},
        {"JWT_SECRET_KEY": STRONG},
        {"SECRET_KEY": "changeme", "JWT_SECRET_KEY": STRONG},
        {"SECRET_KEY": STRONG, "JWT_SECRET_KEY": "short"},
    ],
)
def test_production_refuses_missing_or_weak_secrets(tmp_path, env):
    with pytest.raises(ConfigError):
        Settings.from_env({"TASKFORGE_ENV": "production", "TASKFORGE_INSTANCE_PATH": str(tmp_path), **env})
    assert not (tmp_path / "secret_key").exists()


def test_production_boots_with_strong_secrets(tmp_path):
    settings = Settings.from_env(
        {
            "TASKFORGE_ENV": "production",
            "SECRET_KEY": STRONG,
            "JWT_SECRET_KEY": "j" * 48,
            "DATABASE_URL": "sqlite://",
            "TASKFORGE_INSTANCE_PATH": str(tmp_path),
        }
    )
    assert create_app(settings).config["JWT_SECRET_KEY"] == "j" * 48


@pytest.mark.parametrize("env", [{"TASKFORGE_ENV": "staging-ish"}, {"PORT": "eighty"}])
def test_invalid_values_are_refused(tmp_path, env):
    with pytest.raises(ConfigError):
        Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path), **env})


def test_non_numeric_pool_timeout_is_refused(tmp_path):
    with pytest.raises(ConfigError):
        Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path), "DB_POOL_TIMEOUT": "abc"})
