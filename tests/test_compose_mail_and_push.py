"""docker-compose.yml's email and Web Push: Mailpit catches what the worker sends and nothing else reaches
it, the emails link to the web app as the stack publishes it, every backend service's rendered environment is
one TaskForge's own configuration (backend/taskforge/config.py) boots with, and the command that makes the
VAPID key prints a line compose reads as it is.
"""

from __future__ import annotations

import json
import re

from tests.compose_stack import (
    BACKEND_SERVICES,
    ENV_EXAMPLE,
    backend,
    backend_settings,
    compose,
    compose_text,
    write_env,
)


def test_mailpit_catches_the_workers_email_and_is_reached_by_nothing_else(services):
    mailpit, worker = services["mailpit"], services["worker"]
    assert worker["environment"]["SMTP_URL"] == "smtp://mailpit:1025"
    assert worker["depends_on"]["mailpit"]["condition"] == "service_started"
    # Only the worker sends email: the other processes get no SMTP credentials, nor a PUBLIC_URL (which their
    # production settings would require to be https://).
    for name in ("migrate", "api", "events"):
        assert not {"SMTP_URL", "SMTP_FROM", "PUBLIC_URL"} & set(services[name]["environment"]), name
    # One network with the worker alone: Mailpit reaches neither the data stores nor the web app.
    assert set(mailpit["networks"]) == {"mail"}
    assert "mail" in worker["networks"]
    assert {name for name, spec in services.items() if "mail" in spec.get("networks", {})} == {
        "mailpit",
        "worker",
    }
    # Its web UI (unauthenticated) on this machine only; its SMTP port (1025) is not published at all.
    assert [(p["host_ip"], p["target"], p["published"]) for p in mailpit["ports"]] == [
        ("127.0.0.1", 8025, "8025")
    ]
    assert mailpit["image"].startswith("axllent/mailpit:v")
    assert mailpit["user"] == "65534:65534", "no root: the image's only writes go to the tmpfs /tmp"
    assert mailpit["healthcheck"]["test"] == ["CMD", "/mailpit", "readyz"]
    assert mailpit["environment"]["MP_DISABLE_VERSION_CHECK"] == "true"
    assert not [key for key in mailpit["environment"] if key.startswith("MP_SMTP_RELAY")], "it relays nothing"


def test_the_emails_link_to_the_web_app_as_this_stack_publishes_it(services, generated, tmp_path):
    web_port = services["frontend"]["ports"][0]["published"]
    assert services["worker"]["environment"]["PUBLIC_URL"] == f"http://127.0.0.1:{web_port}"
    moved = compose(
        write_env(tmp_path / "port.env", generated | {"WEB_PORT": "9000"}), "config", "--format", "json"
    )
    assert moved.returncode == 0, moved.stderr
    rendered = json.loads(moved.stdout)["services"]
    assert rendered["frontend"]["ports"][0]["published"] == "9000"
    assert rendered["worker"]["environment"]["PUBLIC_URL"] == "http://127.0.0.1:9000"


def test_every_backend_service_boots_with_its_rendered_environment(services, vapid):
    """TaskForge's own configuration (taskforge.config.Settings) accepts what compose gives each backend
    service: production with Web Push for the migrations, the API and the events server; the worker sends
    email to Mailpit with links to this stack's address, and pushes with the same key."""
    names = list(BACKEND_SERVICES)
    results = dict(
        zip(names, backend_settings("settings", [services[n]["environment"] for n in names]), strict=True)
    )
    for name in ("migrate", "api", "events"):
        assert results[name] == {
            "env": "production",
            "public_url": "",
            "vapid_subject": "mailto:taskforge@localhost",
            "vapid_public_key": vapid["public"],
            "push": True,
            "email": False,
        }, name
    assert results["worker"] == {
        "env": "production",
        "public_url": "http://127.0.0.1:8080",
        "vapid_subject": "mailto:taskforge@localhost",
        "vapid_public_key": vapid["public"],
        "push": True,
        "email": True,
    }


def test_the_worker_links_to_https_or_to_this_machine_only(services):
    """Production takes the stack's plain-http loopback address, an https:// one behind a TLS proxy, and
    refuses plain http to any other host (a link that would cross a network unencrypted)."""
    env = services["worker"]["environment"]
    elsewhere, behind_tls = backend_settings(
        "settings",
        [
            env | {"PUBLIC_URL": "http://tasks.taskforge.test"},
            env | {"PUBLIC_URL": "https://tasks.taskforge.test"},
        ],
    )
    assert "PUBLIC_URL must look like https://" in elsewhere.get("error", ""), elsewhere
    assert (behind_tls.get("env"), behind_tls.get("email")) == ("production", True), behind_tls


def test_the_key_command_prints_a_line_compose_reads_as_it_is(tmp_path, generated):
    """`python -m taskforge.push.keys` in the backend (what .env.example and compose's refusal point to)
    prints a VAPID_PRIVATE_KEY=... line and a comment with the public key: appended to .env, compose takes
    it."""
    printed = backend("-m", "taskforge.push.keys").stdout
    first, *rest = printed.splitlines()
    assert first.startswith("VAPID_PRIVATE_KEY=")
    assert all(line.startswith("#") for line in rest)
    values = {k: v for k, v in generated.items() if k != "VAPID_PRIVATE_KEY"}
    env_file = write_env(tmp_path / "keys.env", values)
    env_file.write_text(env_file.read_text() + printed)
    result = compose(env_file, "config", "--format", "json")
    assert result.returncode == 0, result.stderr
    rendered = json.loads(result.stdout)["services"]
    for name in BACKEND_SERVICES:
        assert rendered[name]["environment"]["VAPID_PRIVATE_KEY"] == first.split("=", 1)[1], name
    assert "python -m taskforge.push.keys" in ENV_EXAMPLE.read_text()
    (message,) = re.findall(r"\$\{VAPID_PRIVATE_KEY:\?([^}]+)\}", compose_text())
    assert "taskforge.push.keys" in message
