"""docker-compose.yml: `docker compose config` accepts it with every secret set and refuses it with one
missing; the rendered model follows issue 7 (healthchecks, migrations first, hardening, ports, monitoring
mounts); no secret is written in the file or in .env.example. Email and Web Push:
test_compose_mail_and_push.py.

The secrets used here are generated per run (the VAPID key by the backend, backend/.venv) and written to a
temporary env file only (tests/conftest.py).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.compose_stack import (
    BACKEND_SERVICES,
    COMPOSE_FILE,
    ENV_EXAMPLE,
    ROOT,
    SECRETS,
    compose,
    compose_text,
    referenced_variables,
    write_env,
)

SERVICES = {
    "postgres",
    "redis",
    "migrate",
    "api",
    "events",
    "worker",
    "frontend",
    "mailpit",
    "prometheus",
    "grafana",
}
# The API and the events server: the same image and command (gunicorn), different worker classes.
SERVERS = ("api", "events")
NGINX_CONF = ROOT / "frontend" / "nginx.conf"
# Names that hold a credential, wherever they appear as an environment key.
SECRET_KEY_NAME = re.compile(r"(PASSWORD|PASSWD|SECRET|TOKEN|_KEY|AUTH)$", re.IGNORECASE)
REQUIRED_REF = re.compile(r"\$\{(\w+):\?[^}]+\}")


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def test_config_is_clean_with_every_secret_set(env_file):
    result = compose(env_file, "config", "--quiet")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize("blank", [False, True], ids=["missing", "empty"])
@pytest.mark.parametrize("name", SECRETS)
def test_config_refuses_a_missing_secret(tmp_path, generated, name, blank):
    values = {k: v for k, v in generated.items() if k != name}
    if blank:
        values[name] = ""
    result = compose(write_env(tmp_path / "partial.env", values), "config", "--quiet")
    assert result.returncode != 0
    assert f"required variable {name} is missing a value" in result.stderr
    assert f"set {name} in .env (see .env.example)" in result.stderr


def test_the_stack_has_the_expected_services(services):
    assert set(services) == SERVICES


def test_generated_secrets_reach_the_services(services, generated):
    pg, redis_pw = generated["POSTGRES_PASSWORD"], generated["REDIS_PASSWORD"]
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"] == pg
    assert services["redis"]["command"][services["redis"]["command"].index("--requirepass") + 1] == redis_pw
    assert services["redis"]["environment"]["REDISCLI_AUTH"] == redis_pw
    assert (
        services["grafana"]["environment"]["GF_SECURITY_ADMIN_PASSWORD"]
        == generated["GRAFANA_ADMIN_PASSWORD"]
    )
    for name in BACKEND_SERVICES:
        env = services[name]["environment"]
        assert env["DATABASE_URL"] == f"postgresql+psycopg2://taskforge:{pg}@postgres:5432/taskforge"
        assert env["REDIS_URL"] == f"redis://:{redis_pw}@redis:6379/0"
        assert env["SECRET_KEY"] == generated["SECRET_KEY"]
        assert env["JWT_SECRET_KEY"] == generated["JWT_SECRET_KEY"]
        # Every process that boots the app: the API and the events server serve the public half, the worker
        # signs the pushes, the migrations boot the same production settings.
        assert env["VAPID_PRIVATE_KEY"] == generated["VAPID_PRIVATE_KEY"]
        assert env["TASKFORGE_ENV"] == "production", name


def test_no_literal_secret_in_the_compose_file(raw):
    text = compose_text()
    # Every mention of a secret is a required reference, never a default (${X:-...}) or a bare ${X}.
    for name in SECRETS:
        mentions = re.findall(rf"\$\{{{name}\b[^}}]*\}}", text)
        assert mentions, f"{name} is not used"
        assert all(REQUIRED_REF.fullmatch(m) for m in mentions), mentions
    for service, spec in raw["services"].items():
        for key, value in (spec.get("environment") or {}).items():
            if SECRET_KEY_NAME.search(key):
                assert REQUIRED_REF.fullmatch(str(value)), f"{service}.{key}: a literal secret"
            # Credentials inside URLs (scheme://user:password@host).
            for password in re.findall(r"://[^:/@\s]*:([^@\s]+)@", str(value)):
                assert REQUIRED_REF.fullmatch(password), f"{service}.{key}: a literal password in a URL"
        command = spec.get("command") or []
        if "--requirepass" in command:
            assert REQUIRED_REF.fullmatch(command[command.index("--requirepass") + 1])


def test_long_running_services_have_healthchecks_and_restart(services):
    for name, spec in services.items():
        assert spec.get("restart") in {"no", "unless-stopped", "always", "on-failure"}, (
            f"{name}: restart policy"
        )
        if spec["restart"] == "no":
            continue
        check = spec.get("healthcheck") or {}
        assert not check.get("disable"), f"{name}: healthcheck disabled"
        assert check.get("test"), f"{name}: no healthcheck"
        assert check["test"][0] in {"CMD", "CMD-SHELL"}
        for field in ("interval", "timeout", "retries"):
            assert check.get(field), f"{name}: healthcheck {field}"


def test_migrate_runs_once_before_the_api_and_the_worker(services):
    migrate = services["migrate"]
    assert migrate["command"] == ["flask", "--app", "wsgi", "db", "upgrade"]
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    for name in (*SERVERS, "worker"):
        deps = services[name]["depends_on"]
        assert deps["migrate"]["condition"] == "service_completed_successfully", name
        assert deps["redis"]["condition"] == "service_healthy", name
        assert deps["postgres"]["condition"] == "service_healthy", name
    # nginx resolves its upstreams when it starts.
    for name in SERVERS:
        assert services["frontend"]["depends_on"][name]["condition"] == "service_healthy", name


def test_the_backend_services_run_one_image(services):
    images = {services[name]["image"] for name in BACKEND_SERVICES}
    assert len(images) == 1
    assert images.pop().startswith("taskforge-backend:")
    for name in BACKEND_SERVICES:
        assert Path(services[name]["build"]["context"]) == ROOT / "backend"
    for name in SERVERS:
        assert services[name].get("command") is None, f"{name}: the image's CMD, gunicorn as PID 1"
    assert services["worker"]["command"] == ["flask", "--app", "wsgi", "worker"]
    assert services["worker"]["environment"]["WORKER_METRICS_PORT"] == "9100"
    assert "9100" in " ".join(services["worker"]["healthcheck"]["test"])


def seconds(duration: str) -> float:
    match = re.fullmatch(r"(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?", duration)
    assert duration, "empty duration"
    assert match, duration
    return int(match[1] or 0) * 60 + float(match[2] or 0)


@pytest.mark.parametrize("name", SERVERS)
def test_the_servers_sit_behind_nginx_and_drain_before_they_are_killed(services, name):
    server = services[name]
    env = server["environment"]
    assert env["TRUSTED_PROXY_HOPS"] == "1"
    assert seconds(server["stop_grace_period"]) >= int(env["GUNICORN_GRACEFUL_TIMEOUT"]) + 5
    probe = " ".join(server["healthcheck"]["test"])
    assert "urllib.request" in probe
    assert "/ready" in probe
    assert set(server["networks"]) == {"backend", "web"}


def test_the_api_runs_sync_workers_and_the_events_server_one_gevent_process(services):
    """The API keeps the image's default worker class (sync: faster for its requests); the events server runs
    the gevent worker that holds event streams, in one process, with every other setting the API's."""
    api, events = services["api"]["environment"], services["events"]["environment"]
    assert "GUNICORN_WORKER_CLASS" not in api
    assert (events["GUNICORN_WORKER_CLASS"], events["WEB_CONCURRENCY"]) == ("gevent", "1")
    for env in (api, events):
        assert "EVENT_STREAMS" not in env, "gunicorn.conf.py derives it from the worker class"
    differs = {"GUNICORN_WORKER_CLASS", "WEB_CONCURRENCY"}
    assert {k: v for k, v in events.items() if k not in differs} == {
        k: v for k, v in api.items() if k not in differs
    }
    assert services["events"]["healthcheck"] == services["api"]["healthcheck"]
    assert services["events"]["depends_on"] == services["api"]["depends_on"]
    assert services["api"]["ports"]
    assert all(p["host_ip"] == "127.0.0.1" and p["target"] == 5000 for p in services["api"]["ports"])


def test_the_frontend_proxies_to_the_api(services):
    web = services["frontend"]
    assert Path(web["build"]["context"]) == ROOT / "frontend"
    assert web["image"].startswith("taskforge-frontend:")
    assert web["environment"]["TASKFORGE_API_UPSTREAM"] == "http://api:5000"
    assert web["environment"]["TASKFORGE_EVENTS_UPSTREAM"] == "http://events:5000"
    assert [(p["target"], p["published"]) for p in web["ports"]] == [(8080, "8080")]
    assert "/healthz" in " ".join(web["healthcheck"]["test"])
    assert set(web["networks"]) & set(services["api"]["networks"]), "the frontend reaches the API"
    assert set(web["networks"]) & set(services["events"]["networks"]), "and the events server"
    assert not set(web["networks"]) & set(services["postgres"]["networks"]), "but not the database"


def nginx_locations() -> dict[str, str]:
    """`location` modifier+path -> its block's text, from frontend/nginx.conf (comment lines dropped)."""
    text = "\n".join(
        line for line in NGINX_CONF.read_text().splitlines() if not line.lstrip().startswith("#")
    )
    return {
        match[1].strip(): match[2]
        for match in re.finditer(r"^\s*location\s+([^{]+?)\s*\{(.*?)^\s*\}", text, re.M | re.S)
    }


def directives(block: str) -> dict[str, str]:
    return {m[1]: m[2].strip() for m in re.finditer(r"^\s*(\w+)\s+([^;]*);", block, re.M)}


def test_nginx_sends_exactly_the_event_stream_to_the_events_server(services):
    """`location = /api/events` (an exact match, which nginx prefers to any prefix) proxies to the events
    server with the streaming settings; every other /api path, POST /api/events/ticket included, to the API;
    each upstream the template names is one the frontend service sets."""
    locations = nginx_locations()
    stream, api = directives(locations["= /api/events"]), directives(locations["/api/"])
    assert stream["proxy_pass"] == "${TASKFORGE_EVENTS_UPSTREAM}"
    assert api["proxy_pass"] == "${TASKFORGE_API_UPSTREAM}"
    assert (stream["proxy_buffering"], stream["proxy_cache"], stream["gzip"]) == ("off", "off", "off")
    assert stream["proxy_read_timeout"] == "1h"
    assert [path for path in locations if "events" in path] == ["= /api/events"]
    named = set(re.findall(r"\$\{(TASKFORGE_\w+)\}", NGINX_CONF.read_text()))
    assert named == {"TASKFORGE_API_UPSTREAM", "TASKFORGE_EVENTS_UPSTREAM"}
    assert named <= set(services["frontend"]["environment"])


def test_every_service_is_hardened(services):
    for name, spec in services.items():
        assert "no-new-privileges:true" in spec.get("security_opt", []), name
        assert spec.get("cap_drop") == ["ALL"], name
        assert not spec.get("privileged"), name
    for name in (*BACKEND_SERVICES, "frontend", "mailpit", "prometheus"):
        assert services[name].get("read_only") is True, f"{name}: read-only root filesystem"
        if name != "prometheus":
            assert any(t.split(":")[0] == "/tmp" for t in services[name]["tmpfs"]), name


def test_backend_services_can_write_the_metrics_directory(services):
    """The image's PROMETHEUS_MULTIPROC_DIR must exist at start: a tmpfs owned by the image's user."""
    dockerfile = (ROOT / "backend" / "Dockerfile").read_text()
    metrics_dir = re.search(r"PROMETHEUS_MULTIPROC_DIR=(\S+)", dockerfile)[1]
    uid, gid = re.findall(r"^USER (\d+):(\d+)$", dockerfile, re.MULTILINE)[-1]
    for name in BACKEND_SERVICES:
        mounts = dict(t.split(":", 1) for t in services[name]["tmpfs"])
        assert metrics_dir in mounts, f"{name}: no tmpfs at {metrics_dir}"
        assert {f"uid={uid}", f"gid={gid}"} <= set(mounts[metrics_dir].split(",")), name


def test_only_the_web_app_is_published_beyond_this_machine(services):
    for name in ("postgres", "redis", "migrate", "events", "worker"):
        assert not services[name].get("ports"), f"{name} is published"
    for name, spec in services.items():
        if name != "frontend":
            assert all(p.get("host_ip") == "127.0.0.1" for p in spec.get("ports", [])), name


def test_images_are_pinned(services):
    for name, spec in services.items():
        image = spec["image"]
        assert re.fullmatch(r"[\w./-]+:[\w.-]+", image), f"{name}: {image} has no tag"
        assert not image.endswith(":latest"), name


def bind_mounts(service: dict) -> dict[str, Path]:
    return {v["target"]: Path(v["source"]) for v in service.get("volumes", []) if v["type"] == "bind"}


def test_monitoring_is_provisioned_from_the_repository(services):
    prometheus, grafana = bind_mounts(services["prometheus"]), bind_mounts(services["grafana"])
    monitoring = ROOT / "monitoring"
    assert prometheus == {
        "/etc/prometheus/prometheus.yml": monitoring / "prometheus" / "prometheus.yml",
        "/etc/prometheus/rules": monitoring / "prometheus" / "rules",
    }
    assert grafana == {
        "/etc/grafana/provisioning": monitoring / "grafana" / "provisioning",
        "/var/lib/grafana/dashboards": monitoring / "grafana" / "dashboards",
    }
    for spec in (services["prometheus"], services["grafana"]):
        assert all(v.get("read_only") for v in spec["volumes"] if v["type"] == "bind")
    assert "--config.file=/etc/prometheus/prometheus.yml" in services["prometheus"]["command"]


def test_monitoring_mount_sources_exist(services):
    for name in ("prometheus", "grafana"):
        for target, source in bind_mounts(services[name]).items():
            assert source.exists(), f"{name}: {source.relative_to(ROOT)} (mounted at {target}) does not exist"
    assert list((ROOT / "monitoring" / "prometheus" / "rules").glob("*.yml")), "no rule file to load"


def env_example() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = re.fullmatch(r"\s*(#\s*)?([A-Z][A-Z0-9_]*)=(.*)", line)
        if match:
            assert not (match[1] is None and match[2] in values), f"{match[2]} listed twice"
            values.setdefault(match[2], "" if match[1] is None else None)
            if match[1] is None:
                values[match[2]] = match[3].strip()
    return values


def test_env_example_lists_every_secret_without_a_value():
    values = env_example()
    for name in SECRETS:
        assert values.get(name) == "", f"{name}: listed, uncommented and empty"
    for name, value in values.items():
        if SECRET_KEY_NAME.search(name) and value:
            pytest.fail(f".env.example gives {name} a value")


def test_env_example_documents_every_variable_compose_reads():
    assert referenced_variables() - set(env_example()) == set()


def test_the_dotenv_file_is_ignored_by_git():
    git = shutil.which("git")
    assert git, "git is not on PATH"
    result = subprocess.run(
        [git, "check-ignore", "--no-index", "-q", ".env"],
        cwd=ROOT,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, ".gitignore must list .env (it holds the real secrets)"
