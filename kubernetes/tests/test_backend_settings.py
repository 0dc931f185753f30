"""Every backend container of each overlay boots: the environment a pod gets (the ConfigMap, the taskforge-app
Secret with the keys Terraform writes into it, the pod's own env with $(VAR) expanded) is read by TaskForge's
own configuration (backend/taskforge/config.py, through ../../tests/backend_settings.py and backend/.venv) in
production, Web Push on with the Secret's key, emails linking to the environment's https:// host.

The Secret's values are generated per run: random signing keys and a fresh P-256 key as PKCS #8 PEM, the form
Terraform's tls_private_key.vapid.private_key_pem_pkcs8 takes.
"""

from __future__ import annotations

import json
import re
import secrets
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from rendered import K8S, OVERLAYS, Doc, component, containers, environment, of_kind, render, workloads

pytestmark = pytest.mark.filterwarnings("error")

ROOT = K8S.parent
BACKEND_PYTHON = ROOT / "backend" / ".venv" / "bin" / "python"
HELPER = ROOT / "tests" / "backend_settings.py"
BACKEND_COMPONENTS = {"api", "events", "worker", "migrate"}


def backend(command: str, payload: object = None) -> Any:
    if not BACKEND_PYTHON.exists():
        pytest.fail(
            f"{BACKEND_PYTHON} is missing: run `make install` (these tests boot the backend's settings)"
        )
    proc = subprocess.run(
        [str(BACKEND_PYTHON), str(HELPER), command],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@cache
def vapid_key() -> dict[str, str]:
    return backend("keys")


@cache
def app_secret() -> dict[str, str]:
    """taskforge/<env>/app as Terraform writes it (secrets.tf), with values made for this run."""
    return {
        "SECRET_KEY": secrets.token_urlsafe(48),
        "JWT_SECRET_KEY": secrets.token_urlsafe(48),
        "VAPID_PRIVATE_KEY": vapid_key()["pkcs8"],
    }


def pod_environment(docs: list[Doc], container: Doc, password_file: Path) -> dict[str, str]:
    """What the kubelet gives the container: envFrom in order, then env with $(VAR) of earlier variables
    expanded; the other Secrets' keys (taskforge-database, taskforge-redis) are generated stand-ins."""
    config_maps = {d["metadata"]["name"]: d["data"] for d in of_kind(docs, "ConfigMap")}
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            env.update(config_maps[source["configMapRef"]["name"]])
        else:
            assert source["secretRef"]["name"] == "taskforge-app", source
            env.update(app_secret())
    stand_ins = {"url_username": "taskforge", "userinfo": ":" + secrets.token_urlsafe(24)}
    for var in container.get("env", []):
        if "valueFrom" in var:
            env[var["name"]] = stand_ins[var["valueFrom"]["secretKeyRef"]["key"]]
        else:
            env[var["name"]] = re.sub(r"\$\((\w+)\)", lambda m: env.get(m[1], m[0]), var["value"])
    if "DATABASE_PASSWORD_FILE" in env:
        env["DATABASE_PASSWORD_FILE"] = str(password_file)  # the mounted Secret's file, here
    return env


def backend_containers(docs: list[Doc]) -> list[tuple[str, Doc]]:
    found = [
        (f"{doc['metadata']['name']}/{c['name']}", c)
        for doc in workloads(docs)
        if component(doc) in BACKEND_COMPONENTS
        for c in containers(doc)
    ]
    assert {name.split("/")[0] for name, _ in found} >= {
        "taskforge-api",
        "taskforge-events",
        "taskforge-worker",
        "taskforge-migrate",
    }
    return found


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "password"
    path.write_text(secrets.token_urlsafe(24))
    return path


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_backend_container_boots_in_production_with_web_push(overlay: str, password_file: Path) -> None:
    docs, values = render(overlay), environment(overlay)
    named = backend_containers(docs)
    results = backend("settings", [pod_environment(docs, c, password_file) for _, c in named])
    for (name, _), result in zip(named, results, strict=True):
        assert "error" not in result, f"{name}: {result}"
        assert result == {
            "env": "production",
            "public_url": f"https://{values['HOST']}",
            "vapid_subject": values["VAPID_SUBJECT"],
            "vapid_public_key": vapid_key()["public"],
            "push": True,
            "email": False,
        }, name


@pytest.mark.parametrize(
    ("change", "outcome"),
    [
        ({"VAPID_PRIVATE_KEY": None}, "VAPID_PRIVATE_KEY must be set"),
        ({"VAPID_PRIVATE_KEY": "sec1"}, None),  # the other PEM Terraform can write (private_key_pem)
        ({"SMTP_URL": f"smtp://relay:{secrets.token_urlsafe(12)}@smtp.taskforge.test:587"}, None),
    ],
    ids=["no vapid key", "sec1 pem", "smtp on"],
)
def test_the_worker_needs_the_vapid_key_and_may_send_email(
    change: dict[str, str | None], outcome: str | None, password_file: Path
) -> None:
    """The app Secret must carry VAPID_PRIVATE_KEY (production refuses to start without it); adding SMTP_URL
    to it turns email on, and the ConfigMap's PUBLIC_URL is what production then requires."""
    docs = render("staging")
    (worker,) = [c for name, c in backend_containers(docs) if name.startswith("taskforge-worker/")]
    env = pod_environment(docs, worker, password_file)
    for key, value in change.items():
        if value is None:
            env.pop(key)
        else:
            env[key] = vapid_key()[value] if value == "sec1" else value
    (result,) = backend("settings", [env])
    if outcome:
        assert outcome in result.get("error", ""), result
    else:
        assert "error" not in result, result
        assert result["vapid_public_key"] == vapid_key()["public"]
        assert result["email"] is ("SMTP_URL" in change)
        assert result["public_url"] == f"https://{environment('staging')['HOST']}"
