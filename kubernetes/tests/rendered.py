"""The rendered manifests every Kubernetes test reads, and the helpers that read them.

Base and each overlay are rendered with `kubectl kustomize` from the deploy-ready copy deployed.py prepares,
once per test session: the cache lives here, so all the test modules share one render of each target.
A missing tool is a failure, never a skip.

Run from the repository root, with the tools on PATH (kubernetes/README.md, "Tests"):
    CHECKOV=.venv-checkov/bin/checkov .venv-ops/bin/pytest -q kubernetes/tests
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import deployed
import pytest
import yaml

K8S = Path(__file__).resolve().parents[1]
OVERLAYS = deployed.OVERLAYS
NAMESPACE = "taskforge"
ALB_IDLE_TIMEOUT = 60

Doc = dict[str, Any]


# ---------------------------------------------------------------------------------------------- tools, render


def tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is not on PATH (see kubernetes/README.md, Tests)")
    return path


@cache
def render_text(target: str) -> str:
    """`kubectl kustomize` of kubernetes/<target> (base or overlays/<env>) as a deploy renders it
    (deployed.py)."""
    proc = subprocess.run(
        [tool("kubectl"), "kustomize", str(deployed.tree() / target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, f"kubectl kustomize {target} failed:\n{proc.stderr}"
    return proc.stdout


@cache
def render_target(target: str) -> tuple[Doc, ...]:
    docs = tuple(d for d in yaml.safe_load_all(render_text(target)) if d)
    assert docs, f"{target} rendered nothing"
    return docs


def render(overlay: str) -> list[Doc]:
    return list(render_target(f"overlays/{overlay}"))


def base() -> list[Doc]:
    return list(render_target("base"))


# ----------------------------------------------------------------------------------- reading rendered objects


def of_kind(docs: list[Doc], kind: str) -> list[Doc]:
    return [d for d in docs if d["kind"] == kind]


def get(docs: list[Doc], kind: str, name: str) -> Doc:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def environment(overlay: str) -> dict[str, str]:
    """The environment.env the overlay was rendered with (written by write-environment.py)."""
    lines = (deployed.tree() / "overlays" / overlay / "environment.env").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


WORKLOAD_KINDS = ("Deployment", "Job")


def workloads(docs: list[Doc]) -> list[Doc]:
    return [d for d in docs if d["kind"] in WORKLOAD_KINDS]


def pod_spec(doc: Doc) -> Doc:
    return doc["spec"]["template"]["spec"]


def containers(doc: Doc) -> list[Doc]:
    spec = pod_spec(doc)
    return spec.get("initContainers", []) + spec["containers"]


def component(doc: Doc) -> str:
    return doc["metadata"]["labels"]["app.kubernetes.io/component"]


def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def label_selector_matches(selector: Doc, labels: dict[str, str]) -> bool:
    """metav1.LabelSelector semantics (matchLabels + matchExpressions); {} matches everything."""
    if not selects(selector.get("matchLabels", {}), labels):
        return False
    for expr in selector.get("matchExpressions", []):
        key, op, values = expr["key"], expr["operator"], expr.get("values", [])
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and labels.get(key) in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


def app_config(docs: list[Doc]) -> dict[str, str]:
    (config,) = [
        d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"].startswith("taskforge-config-")
    ]
    return config["data"]


def strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every key and string value of a document, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield f"{path}.{key}(key)", str(key)
            yield from strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from strings(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def field(doc: Any, field_path: str) -> list[Any]:
    """Values at a kustomize replacement fieldPath (`a.b.0.c`, `[dotted.key]`, `*`); [] when absent."""
    nodes = [doc]
    for token in re.findall(r"\[[^\]]*\]|[^.]+", field_path):
        key = token[1:-1] if token.startswith("[") else token
        nxt = []
        for node in nodes:
            if isinstance(node, list):
                if key == "*":
                    nxt.extend(node)
                elif key.isdigit() and int(key) < len(node):
                    nxt.append(node[int(key)])
            elif isinstance(node, dict) and key in node:
                nxt.append(node[key])
        nodes = nxt
    return nodes


_QUANTITY = {"m": 1e-3, "": 1, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "k": 1e3, "M": 1e6, "G": 1e9}


def quantity(value: Any) -> float:
    match = re.fullmatch(r"([0-9.]+)(m|Ki|Mi|Gi|k|M|G|)", str(value))
    assert match, f"unparsable quantity {value!r}"
    return float(match.group(1)) * _QUANTITY[match.group(2)]


# -------------------------------------------------------------------------------------------- ingress routing


def pods_selected(docs: list[Doc], selector: dict[str, str]) -> list[Doc]:
    return [
        d
        for d in of_kind(docs, "Deployment")
        if selects(selector, d["spec"]["template"]["metadata"]["labels"])
    ]


def ingress_backends(ingress: Doc, path: Doc) -> list[tuple[str, Any, int]]:
    """(service, port, weight) behind one Ingress path, resolving ALB `actions.*` forward annotations."""
    service = path["backend"]["service"]
    port = service["port"].get("name", service["port"].get("number"))
    if port != "use-annotation":
        return [(service["name"], port, 100)]
    action = json.loads(
        ingress["metadata"]["annotations"][f"alb.ingress.kubernetes.io/actions.{service['name']}"]
    )
    assert action["type"] == "forward"
    groups = action["forwardConfig"]["targetGroups"]
    assert sum(g["weight"] for g in groups) == 100
    return [(g["serviceName"], g["servicePort"], g["weight"]) for g in groups]


def ingress_paths(ingress: Doc) -> list[Doc]:
    return [p for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]]


def path_matches(path: Doc, request_path: str) -> bool:
    """Exact: the whole path; Prefix: whole path elements (the controller's `/api` and `/api/*` patterns)."""
    if path["pathType"] == "Exact":
        return path["path"] == request_path

    def elements(s: str) -> list[str]:
        return [e for e in s.split("/") if e]

    prefix = elements(path["path"])
    return elements(request_path)[: len(prefix)] == prefix


def route(ingress: Doc, request_path: str) -> Doc | None:
    """The Ingress path the ALB routes a request path by: the first matching rule in the order the AWS
    Load Balancer Controller (v2.4.3 and later) gives an Ingress's paths, Exact first, then Prefix, longest
    first."""
    ordered = sorted(ingress_paths(ingress), key=lambda p: (p["pathType"] != "Exact", -len(p["path"])))
    return next((p for p in ordered if path_matches(p, request_path)), None)


def route_in_manifest_order(ingress: Doc, request_path: str) -> Doc | None:
    """The same with the rules in the order the manifest lists them (what controllers before v2.4.3 did)."""
    return next((p for p in ingress_paths(ingress) if path_matches(p, request_path)), None)
