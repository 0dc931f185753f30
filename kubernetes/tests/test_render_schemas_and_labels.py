"""Every target renders and is valid: base and both overlays as `kubectl kustomize` builds them,
built-in kinds against Kubernetes 1.31's schemas (`kubernetes-validate --strict`, a WARN fails), custom
resources against crd_schemas.py; every object sits in the namespace under Pod Security "restricted" with the
app's labels, and every workload's selector matches its pod template."""

from __future__ import annotations

import json
import subprocess

import jsonschema
import pytest
import yaml
from crd_schemas import SCHEMAS
from rendered import K8S, NAMESPACE, OVERLAYS, component, get, render, render_target, selects, tool, workloads

K8S_VERSION = "1.31"


# ------------------------------------------------------------------------------- render and schema validation


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_kustomize_output_validates_strictly(target: str) -> None:
    """Built-in kinds: kubernetes-validate --strict against Kubernetes 1.31; any WARN or ERROR fails.

    Custom resources are taken out first (kubernetes-validate has no schema for them and would only WARN);
    test_custom_resources_match_their_crd_schemas checks them, and no other custom kind may appear.
    """
    docs = list(render_target(target))
    builtin = [d for d in docs if (d["apiVersion"], d["kind"]) not in SCHEMAS]
    assert all(
        "." not in d["apiVersion"].split("/")[0] or d["apiVersion"].split("/")[0].endswith("k8s.io")
        for d in builtin
        if "/" in d["apiVersion"]
    ), "a custom resource has no schema in crd_schemas.py"
    proc = subprocess.run(
        [tool("kubernetes-validate"), "--strict", "-k", K8S_VERSION, "-"],
        input=yaml.safe_dump_all(builtin),
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    problems = [line for line in output.splitlines() if line.startswith(("WARN", "ERROR"))]
    assert not problems, "\n".join(problems)
    assert output.count("INFO - passed") == len(builtin), output


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_custom_resources_match_their_crd_schemas(target: str) -> None:
    docs = list(render_target(target))
    custom = [d for d in docs if (d["apiVersion"], d["kind"]) in SCHEMAS]
    assert {d["kind"] for d in custom} == {"ExternalSecret", "SecretStore"}
    for doc in custom:
        jsonschema.validate(doc, SCHEMAS[(doc["apiVersion"], doc["kind"])])


def test_crd_schema_rejects_a_misplaced_field() -> None:
    """The stand-in schemas are closed: a typo is an error, not an ignored field."""
    doc = json.loads(json.dumps(get(render("staging"), "ExternalSecret", "taskforge-database")))
    doc["spec"]["data"][0]["remoteRef"]["propery"] = "username"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMAS[(doc["apiVersion"], doc["kind"])])


# ------------------------------------------------------------------------------------------ namespace, labels


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_namespace_pod_security_and_readiness_gates(overlay: str) -> None:
    docs = render(overlay)
    ns = get(docs, "Namespace", NAMESPACE)["metadata"]["labels"]
    for mode in ("enforce", "audit", "warn"):
        assert ns[f"pod-security.kubernetes.io/{mode}"] == "restricted"
    assert ns["elbv2.k8s.aws/pod-readiness-gate-inject"] == "enabled"
    for doc in docs:
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace") == NAMESPACE, f"{doc['kind']}/{doc['metadata']['name']}"
        assert doc["metadata"]["labels"]["app.kubernetes.io/name"] == "taskforge"
        assert doc["metadata"]["labels"]["taskforge.io/environment"] == overlay


def test_kustomizations_use_labels_not_common_labels() -> None:
    files = list(K8S.rglob("kustomization.yaml"))
    assert len(files) >= 6
    for path in files:
        assert "commonLabels" not in yaml.safe_load(path.read_text()), path


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_selectors_match_their_pod_templates(overlay: str) -> None:
    for doc in workloads(render(overlay)):
        labels = doc["spec"]["template"]["metadata"]["labels"]
        if doc["kind"] == "Deployment":
            assert selects(doc["spec"]["selector"]["matchLabels"], labels)
        assert labels["app.kubernetes.io/component"] == component(doc)
        assert component(doc) in {"api", "events", "worker", "web", "migrate"}
