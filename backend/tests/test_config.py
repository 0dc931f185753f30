"""Configuration: one typed object from the environment that refuses unsafe production settings."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from taskforge import create_app
from taskforge.config import ConfigError, Settings, read_secret_file
from taskforge.push.keys import new_private_key

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
            "VAPID_PRIVATE_KEY": new_private_key(),
            "DATABASE_URL": "sqlite://",
            "TASKFORGE_INSTANCE_PATH": str(tmp_path),
        }
    )
    assert create_app(settings).config["JWT_SECRET_KEY"] == "j" * 48


def test_the_trash_keeps_thirty_days_unless_told(tmp_path):
    assert Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path)}).trash_retention_days == 30
    told = {"TASKFORGE_INSTANCE_PATH": str(tmp_path), "TRASH_RETENTION_DAYS": "7"}
    assert Settings.from_env(told).trash_retention_days == 7


@pytest.mark.parametrize(
    "env",
    [
        {"TASKFORGE_ENV": "staging-ish"},
        {"PORT": "eighty"},
        {"TRASH_RETENTION_DAYS": "0"},
        {"TRASH_RETENTION_DAYS": "-3"},
        {"TRASH_RETENTION_DAYS": "a month"},
    ],
)
def test_invalid_values_are_refused(tmp_path, env):
    with pytest.raises(ConfigError):
        Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path), **env})


def test_non_numeric_pool_timeout_is_refused(tmp_path):
    with pytest.raises(ConfigError):
        Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path), "DB_POOL_TIMEOUT": "abc"})


def _with_password_file(tmp_path, path, **env):
    return Settings.from_env(
        {
            "TASKFORGE_INSTANCE_PATH": str(tmp_path),
            "DATABASE_URL": "postgresql+psycopg2://taskforge@db/taskforge",
            "DATABASE_PASSWORD_FILE": str(path),
            **env,
        }
    )


def test_a_readable_password_file_is_kept_as_given(tmp_path):
    (tmp_path / "v1").mkdir()
    (tmp_path / "v1" / "password").write_text("pw\n")
    (tmp_path / "password").symlink_to("v1/password")  # kubelet swaps such links: never resolve them

    settings = _with_password_file(tmp_path, tmp_path / "password")

    assert settings.database_password_file == tmp_path / "password"
    assert Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path)}).database_password_file is None
    assert Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path), "DATABASE_PASSWORD_FILE": ""}) == (
        Settings.from_env({"TASKFORGE_INSTANCE_PATH": str(tmp_path)})
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "No such file or directory"),
        (b"", "it is empty"),
        (b"\n", "it is empty"),
        (b"\xe9t\xe9", "UTF-8"),
    ],
)
@pytest.mark.parametrize("env", ["development", "production"])
def test_boot_refuses_a_password_file_without_a_password(tmp_path, content, problem, env):
    path = tmp_path / "password"
    if content is not None:
        path.write_bytes(content)
    secrets = {"SECRET_KEY": STRONG, "JWT_SECRET_KEY": STRONG}

    with pytest.raises(ConfigError, match="DATABASE_PASSWORD_FILE") as refused:
        _with_password_file(tmp_path, path, TASKFORGE_ENV=env, **secrets)

    assert problem in str(refused.value)
    assert str(path) in str(refused.value)
    assert "\\xe9" not in str(refused.value)  # never a byte of the secret


@pytest.mark.parametrize("database_url", ["sqlite:///x.db", ""])  # "": the local SQLite default
def test_boot_refuses_a_password_file_with_sqlite(tmp_path, database_url):
    (tmp_path / "password").write_text("pw")

    with pytest.raises(ConfigError, match="DATABASE_PASSWORD_FILE is set but DATABASE_URL is SQLite"):
        _with_password_file(tmp_path, tmp_path / "password", DATABASE_URL=database_url)


@pytest.mark.parametrize(
    ("content", "password"),
    [
        (b"pw\n", "pw"),
        (b"pw", "pw"),
        (b"  pw \t\n", "  pw \t"),
        (b"pw\n\n", "pw\n"),
        (b"pw\r\n", "pw\r"),
        ("p\u00e4ss\u00f6rd\n".encode(), "p\u00e4ss\u00f6rd"),
    ],
)
def test_the_password_file_is_read_exactly_less_one_trailing_newline(tmp_path, content, password):
    (tmp_path / "password").write_bytes(content)

    assert read_secret_file(tmp_path / "password") == password


def test_the_vapid_key_is_generated_locally_kept_and_required_in_production(tmp_path):
    local = {"TASKFORGE_INSTANCE_PATH": str(tmp_path)}
    first = Settings.from_env(local)
    assert first.push_enabled
    assert Settings.from_env(local).vapid_private_key == first.vapid_private_key  # kept across restarts
    assert (tmp_path / "vapid_private_key").stat().st_mode & 0o777 == 0o600
    production = {"TASKFORGE_ENV": "production", "SECRET_KEY": STRONG, "JWT_SECRET_KEY": STRONG, **local}
    with pytest.raises(ConfigError, match="VAPID_PRIVATE_KEY must be set"):
        Settings.from_env(production)  # never generated in production
    key = new_private_key()
    assert Settings.from_env({**production, "VAPID_PRIVATE_KEY": key}).vapid_private_key == key
    with pytest.raises(ConfigError, match="VAPID_PRIVATE_KEY"):
        Settings.from_env({**production, "VAPID_PRIVATE_KEY": "not-a-key"})
    with pytest.raises(ConfigError, match="VAPID_SUBJECT"):
        Settings.from_env({**production, "VAPID_PRIVATE_KEY": key, "VAPID_SUBJECT": "ops@example.org"})


def _pem(key: ec.EllipticCurvePrivateKey, encoding: serialization.PrivateFormat) -> str:
    return key.private_bytes(serialization.Encoding.PEM, encoding, serialization.NoEncryption()).decode()


@pytest.mark.parametrize(
    "encoding", [serialization.PrivateFormat.TraditionalOpenSSL, serialization.PrivateFormat.PKCS8]
)
def test_a_vapid_key_given_as_a_pem_is_used_as_its_32_bytes(tmp_path, encoding):
    """Terraform's tls_private_key writes PEM (SEC 1 and PKCS #8)."""
    key = ec.generate_private_key(ec.SECP256R1())
    env = {"TASKFORGE_INSTANCE_PATH": str(tmp_path), "VAPID_PRIVATE_KEY": _pem(key, encoding)}
    raw = Settings.from_env(env).vapid_private_key
    assert base64.urlsafe_b64decode(raw + "=") == key.private_numbers().private_value.to_bytes(32, "big")


@pytest.mark.parametrize(
    "key",
    [ec.generate_private_key(ec.SECP384R1()), rsa.generate_private_key(public_exponent=65537, key_size=2048)],
    ids=["p-384", "rsa"],
)
def test_a_pem_that_is_not_a_p256_key_is_refused(tmp_path, key):
    env = {
        "TASKFORGE_INSTANCE_PATH": str(tmp_path),
        "VAPID_PRIVATE_KEY": _pem(key, serialization.PrivateFormat.PKCS8),
    }
    with pytest.raises(ConfigError, match="P-256"):
        Settings.from_env(env)


def test_public_url_defaults_to_the_local_server_and_is_https_in_production(tmp_path):
    local = {"TASKFORGE_INSTANCE_PATH": str(tmp_path), "PORT": "5123"}
    assert Settings.from_env(local).public_url == "http://127.0.0.1:5123"
    assert (
        Settings.from_env({**local, "PUBLIC_URL": "http://tasks.lan/tf/"}).public_url == "http://tasks.lan/tf"
    )
    production = {
        "TASKFORGE_ENV": "production",
        "SECRET_KEY": STRONG,
        "JWT_SECRET_KEY": STRONG,
        "VAPID_PRIVATE_KEY": new_private_key(),
        **local,
    }
    assert Settings.from_env(production).public_url == ""  # no email, no links
    with pytest.raises(ConfigError, match="PUBLIC_URL must be set when SMTP_URL is"):
        Settings.from_env({**production, "SMTP_URL": "smtp://mail.example.com:587"})
    with pytest.raises(ConfigError, match="PUBLIC_URL must look like https://"):
        Settings.from_env({**production, "PUBLIC_URL": "http://tasks.example.com"})
    with pytest.raises(ConfigError, match="PUBLIC_URL must look like"):
        Settings.from_env({**production, "PUBLIC_URL": "https://tasks.example.com:https"})
    for local in ("http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080"):  # Docker Compose's
        assert (
            Settings.from_env(
                {**production, "PUBLIC_URL": local, "SMTP_URL": "smtp://mailpit:1025"}
            ).public_url
            == local
        )
    emailing = {
        **production,
        "SMTP_URL": "smtp://mail.example.com:587",
        "PUBLIC_URL": "https://tasks.example.com",
    }
    assert Settings.from_env(emailing).public_url == "https://tasks.example.com"
