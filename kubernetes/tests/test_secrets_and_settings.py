"""What a pod reads: no Secret is rendered or committed (External Secrets creates them from AWS Secrets
Manager through the IRSA service account), every secret a pod reads is produced by an ExternalSecret, the
database password is a mounted file that follows rotation, and every $(VAR) a container uses is defined."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from rendered import (
    K8S,
    OVERLAYS,
    app_config,
    component,
    containers,
    environment,
    get,
    of_kind,
    pod_spec,
    render,
    render_target,
    workloads,
)


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_no_secret_values_anywhere(target: str) -> None:
    """No Secret object is rendered at all (ESO creates them in the cluster), and no file under kubernetes/
    declares one."""
    assert not of_kind(list(render_target(target)), "Secret")
    for path in K8S.rglob("*.yaml"):
        for doc in yaml.safe_load_all(path.read_text()):
            assert not (isinstance(doc, dict) and doc.get("kind") == "Secret"), path


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_secrets_come_from_external_secrets(overlay: str) -> None:
    """Every Secret a pod reads is the target of an ExternalSecret on an existing SecretStore, and every
    key read with secretKeyRef is one that ExternalSecret produces."""
    docs = render(overlay)
    stores = {s["metadata"]["name"] for s in of_kind(docs, "SecretStore")}
    produced: dict[str, set[str] | None] = {}
    for es in of_kind(docs, "ExternalSecret"):
        assert es["spec"]["secretStoreRef"]["name"] in stores
        target = es["spec"]["target"]
        keys = target.get("template", {}).get("data")
        produced[target["name"]] = set(keys) if keys else None  # None: dataFrom, keys known only remotely
    for doc in workloads(docs):
        for c in containers(doc):
            for source in c.get("envFrom", []):
                if "secretRef" in source:
                    assert source["secretRef"]["name"] in produced
            for var in c.get("env", []):
                ref = var.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["name"] in produced
                    assert ref["key"] in (produced[ref["name"]] or {ref["key"]})


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_database_password_is_a_file_that_follows_rotation(overlay: str) -> None:
    """Every pod that connects to PostgreSQL reads the password from a mounted file (DATABASE_PASSWORD_FILE),
    never from its environment: the kubelet swaps a directory-mounted Secret in place (never subPath), and the
    ExternalSecret refreshes within a minute, so an RDS rotation needs no restart."""
    docs = render(overlay)
    database = get(docs, "ExternalSecret", "taskforge-database")["spec"]
    assert database["refreshInterval"] in ("1m", "60s")
    assert set(database["target"]["template"]["data"]) == {"url_username", "password"}
    connecting = [d for d in workloads(docs) if any("DATABASE_URL" in json.dumps(c) for c in containers(d))]
    assert {component(d) for d in connecting} == {"api", "events", "worker", "migrate"}
    for doc in connecting:
        volumes = {v["name"]: v for v in pod_spec(doc)["volumes"]}
        for c in containers(doc):
            env = {v["name"]: v for v in c.get("env", [])}
            assert "PASSWORD" not in json.dumps(c.get("envFrom", [])), "no password through envFrom"
            assert "password" not in {
                v.get("valueFrom", {}).get("secretKeyRef", {}).get("key") for v in env.values()
            }, f"{doc['metadata']['name']}/{c['name']} reads the password from its environment"
            assert "$(DATABASE_USERNAME)@" in env["DATABASE_URL"]["value"]
            path = Path(env["DATABASE_PASSWORD_FILE"]["value"])
            (mount,) = [m for m in c["volumeMounts"] if Path(m["mountPath"]) == path.parent]
            assert mount.get("readOnly") is True
            assert "subPath" not in mount, "a subPath mount is never updated by the kubelet"
            secret = volumes[mount["name"]]["secret"]
            assert secret["secretName"] == "taskforge-database"
            assert {"key": "password", "path": path.name} in secret["items"]
            assert secret["defaultMode"] == 0o440
            assert pod_spec(doc)["securityContext"]["fsGroup"] == c["securityContext"]["runAsGroup"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_irsa_service_account(overlay: str) -> None:
    docs = render(overlay)
    (store,) = of_kind(docs, "SecretStore")
    sa_name = store["spec"]["provider"]["aws"]["auth"]["jwt"]["serviceAccountRef"]["name"]
    sa = get(docs, "ServiceAccount", sa_name)
    assert (
        sa["metadata"]["annotations"]["eks.amazonaws.com/role-arn"]
        == environment(overlay)["SECRETS_READER_ROLE_ARN"]
    )
    assert store["spec"]["provider"]["aws"]["region"] == environment(overlay)["AWS_REGION"]
    for account in of_kind(docs, "ServiceAccount"):
        assert account["automountServiceAccountToken"] is False


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_environment_variables_resolve(overlay: str) -> None:
    """$(VAR) in env values must name a variable defined before it (envFrom, then earlier env entries), or
    Kubernetes leaves the text as it is; the app's required settings are all present."""
    docs = render(overlay)
    config_maps = {d["metadata"]["name"]: d["data"] for d in of_kind(docs, "ConfigMap")}
    for doc in workloads(docs):
        for c in containers(doc):
            defined: set[str] = set()
            for source in c.get("envFrom", []):
                if "configMapRef" in source:
                    defined |= set(config_maps[source["configMapRef"]["name"]])
            for var in c.get("env", []):
                for ref in re.findall(r"\$\((\w+)\)", var.get("value", "")):
                    assert ref in defined, f"{c['name']}: {var['name']} uses undefined $({ref})"
                defined.add(var["name"])
            if c["name"] != "web":
                assert {
                    "TASKFORGE_ENV",
                    "DATABASE_URL",
                    "TRUSTED_PROXY_HOPS",
                    "JWT_ISSUER",
                    "JWT_AUDIENCE",
                    "PUBLIC_URL",
                    "VAPID_SUBJECT",
                } <= defined
                # SECRET_KEY, JWT_SECRET_KEY and VAPID_PRIVATE_KEY (production refuses to start without each).
                assert any(s.get("secretRef", {}).get("name") == "taskforge-app" for s in c["envFrom"])
    config = app_config(docs)
    assert config["TASKFORGE_ENV"] == "production"
    assert config["TRUSTED_PROXY_HOPS"] == "1"
    # Links in emails go to the Ingress host over HTTPS; the push contact is the environment's own.
    host = get(docs, "Ingress", "taskforge")["spec"]["rules"][0]["host"]
    assert config["PUBLIC_URL"] == f"https://{host}" == f"https://{environment(overlay)['HOST']}"
    assert config["VAPID_SUBJECT"] == environment(overlay)["VAPID_SUBJECT"]
    assert "localhost" not in config["VAPID_SUBJECT"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_backend_process_reads_the_app_secret(overlay: str) -> None:
    """The Web Push key is in taskforge-app: the worker sends the pushes, the API and the events server
    serve its public half (GET /api/push/key), and the migration Job boots the same production settings."""
    docs = render(overlay)
    readers = {
        component(d)
        for d in workloads(docs)
        for c in containers(d)
        if any(s.get("secretRef", {}).get("name") == "taskforge-app" for s in c.get("envFrom", []))
    }
    assert readers == {"api", "events", "worker", "migrate"}
