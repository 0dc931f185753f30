"""Offline proof of the Kustomize manifests (kubernetes/): every overlay is rendered with `kubectl kustomize`,
its built-in kinds are validated by `kubernetes-validate --strict -k 1.31` (a WARN fails), its custom
resources
against crd_schemas.py, the rendered objects are checked against the deployment rules (ports, probes,
shutdown,
security, routing, secrets, network policies, canary...), and checkov scans the rendered manifests.

Run from the repository root:
    PATH=/tmp/opsvenv/bin:$PATH CHECKOV=/tmp/checkovvenv/bin/checkov pytest kubernetes/tests -q
A missing tool is a failure, never a skip.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import deployed
import jsonschema
import pytest
import yaml
from crd_schemas import SCHEMAS

K8S = Path(__file__).resolve().parents[1]
OVERLAYS = deployed.OVERLAYS
K8S_VERSION = "1.31"
NAMESPACE = "taskforge"
PRE_STOP_MIN = 1
ALB_IDLE_TIMEOUT = 60

Doc = dict[str, Any]


# --------------------------------------------------------------------------------------------- tools, render


def tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        pytest.fail(f"{name} is not on PATH (see kubernetes/README.md, Tests)")
    return path


def checkov_bin() -> str:
    path = os.environ.get("CHECKOV") or shutil.which("checkov")
    if not path or not os.access(path, os.X_OK):
        pytest.fail("checkov not found: set CHECKOV=/path/to/checkov (it lives in its own virtualenv)")
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
def _render(target: str) -> tuple[Doc, ...]:
    docs = tuple(d for d in yaml.safe_load_all(render_text(target)) if d)
    assert docs, f"{target} rendered nothing"
    return docs


def render(overlay: str) -> list[Doc]:
    return list(_render(f"overlays/{overlay}"))


def base() -> list[Doc]:
    return list(_render("base"))


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


# ------------------------------------------------------------------------ 1. render + schema validation


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_kustomize_output_validates_strictly(target: str) -> None:
    """Built-in kinds: kubernetes-validate --strict against Kubernetes 1.31; any WARN or ERROR fails.

    Custom resources are taken out first (kubernetes-validate has no schema for them and would only WARN);
    test_custom_resources_match_their_crd_schemas checks them, and no other custom kind may appear.
    """
    docs = list(_render(target))
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
    docs = list(_render(target))
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


# ------------------------------------------------------------------------------- 2. per-environment values

PLACEHOLDER = re.compile(r"[<>]|REPLACE|TODO|FIXME|CHANGE.?ME|example|xxx|unset|0\.0\.0\.0/32", re.IGNORECASE)


def placeholders(docs: list[Doc]) -> list[str]:
    return [
        f"{d['kind']}/{d['metadata']['name']}{where}: {value!r}"
        for d in docs
        for where, value in strings(d)
        if PLACEHOLDER.search(value)
    ]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_no_placeholders(overlay: str) -> None:
    """No `<...>`, REPLACE, TODO, example, xxx, nor base's fail-closed values (unset, 0.0.0.0/32) anywhere."""
    assert not placeholders(render(overlay))


def test_placeholder_detector_catches_the_seed_mistakes() -> None:
    bad = [
        {
            "kind": "ServiceAccount",
            "metadata": {
                "name": "x",
                "annotations": {"eks.amazonaws.com/role-arn": "arn:aws:iam::<aws-account-id>:role/app"},
            },
        }
    ]
    assert placeholders(bad)
    assert placeholders([{"kind": "ConfigMap", "metadata": {"name": "x"}, "data": {"H": "db.example.com"}}])


def target(docs: list[Doc], kind: str, name: str) -> Doc:
    """The object a replacement selects; a generated ConfigMap is found under its hash-suffixed name."""
    if kind == "ConfigMap":
        found = [
            d for d in of_kind(docs, kind) if re.fullmatch(rf"{name}-[a-z0-9]{{10}}", d["metadata"]["name"])
        ]
        assert len(found) == 1, f"expected one generated ConfigMap {name}-<hash>, found {len(found)}"
        return found[0]
    return get(docs, kind, name)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_environment_value_reaches_its_targets(overlay: str) -> None:
    """Each replacement of components/environment puts environment.env's value into every target field,
    and that value differs from what base alone renders there (so nothing silently keeps a base value)."""
    component_file = yaml.safe_load((K8S / "components/environment/kustomization.yaml").read_text())
    env = environment(overlay)
    docs, base_docs = render(overlay), base()
    used = set()
    for replacement in component_file["replacements"]:
        key = replacement["source"]["fieldPath"].removeprefix("data.")
        used.add(key)
        value = env[key]
        for spec in replacement["targets"]:
            kind, name = spec["select"]["kind"], spec["select"]["name"]
            for fp in spec["fieldPaths"]:
                got = field(target(docs, kind, name), fp)
                assert got, f"{kind}/{name} {fp} is missing"
                assert all(v == value for v in got), f"{kind}/{name} {fp}: {got} != {value}"
                before = field(target(base_docs, kind, name), fp)
                assert value not in before, f"{kind}/{name} {fp} already {value!r} in base"
    assert used == set(env), f"environment.env keys without a replacement: {set(env) - used}"


def test_environments_differ() -> None:
    staging, production = environment("staging"), environment("production")
    for key in staging:
        if key not in ("AWS_REGION", "DATABASE_NAME"):
            assert staging[key] != production[key], f"{key} is the same in staging and production"
    cidrs = [ipaddress.ip_network(environment(o)["VPC_CIDR"]) for o in OVERLAYS]
    assert all(c.is_private and c.prefixlen <= 20 for c in cidrs)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_aws_identifiers_are_consistent(overlay: str) -> None:
    """One account and one region per environment: ECR images, IAM role, ACM, WAF and secret ARNs agree."""
    env, docs = environment(overlay), render(overlay)
    region = env["AWS_REGION"]
    arns = [
        env[k] for k in ("CERTIFICATE_ARN", "WAF_ACL_ARN", "SECRETS_READER_ROLE_ARN", "DATABASE_SECRET_ARN")
    ]
    accounts = {arn.split(":")[4] for arn in arns}
    images = {c["image"] for d in workloads(docs) for c in containers(d)}
    for image in images:
        match = re.fullmatch(
            r"(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com/(taskforge-backend|taskforge-frontend):([\w.-]+)",
            image,
        )
        assert match, f"image not from ECR with a tag: {image}"
        accounts.add(match.group(1))
        assert match.group(2) == region
        assert match.group(4) != "latest"
    assert len(accounts) == 1
    assert re.fullmatch(r"\d{12}", accounts.pop())
    assert re.fullmatch(rf"arn:aws:acm:{region}:\d{{12}}:certificate/[0-9a-f-]{{36}}", env["CERTIFICATE_ARN"])
    assert re.fullmatch(
        rf"arn:aws:wafv2:{region}:\d{{12}}:regional/webacl/[\w-]+/[0-9a-f-]{{36}}", env["WAF_ACL_ARN"]
    )
    assert re.fullmatch(r"arn:aws:iam::\d{12}:role/[\w+=,.@-]+", env["SECRETS_READER_ROLE_ARN"])
    assert re.fullmatch(
        rf"arn:aws:secretsmanager:{region}:\d{{12}}:secret:rds!db-[\w-]+", env["DATABASE_SECRET_ARN"]
    )
    assert env["APP_SECRET_NAME"] == f"taskforge/{overlay}/app"
    assert env["REDIS_SECRET_NAME"] == f"taskforge/{overlay}/redis"
    config = app_config(docs)
    assert config["DATABASE_HOST"].endswith(f".{region}.rds.amazonaws.com")
    assert config["REDIS_HOST"].endswith(".cache.amazonaws.com")


# ------------------------------------------------------------------------------------- 3. namespace, labels


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
        assert component(doc) in {"api", "worker", "web", "migrate"}


# ------------------------------------------------------------------------------------ 4. ports and routing


def pods_selected(docs: list[Doc], selector: dict[str, str]) -> list[Doc]:
    return [
        d
        for d in of_kind(docs, "Deployment")
        if selects(selector, d["spec"]["template"]["metadata"]["labels"])
    ]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_service_target_ports_exist_on_the_selected_containers(overlay: str) -> None:
    """The seed's bug: a Service sending to a port nothing listens on."""
    docs = render(overlay)
    for svc in of_kind(docs, "Service"):
        selected = pods_selected(docs, svc["spec"]["selector"])
        assert selected, f"Service {svc['metadata']['name']} selects no pods"
        for port in svc["spec"]["ports"]:
            target = port["targetPort"]
            assert isinstance(target, str), "targetPort must name the container port"
            for deployment in selected:
                names = {p.get("name") for c in containers(deployment) for p in c.get("ports", [])}
                assert target in names, (
                    f"{svc['metadata']['name']} -> {target} not on {deployment['metadata']['name']}"
                )
    api = get(docs, "Service", "taskforge-api")["spec"]["ports"]
    assert [(p["port"], p["targetPort"]) for p in api] == [(80, "http")]
    ports = {
        (c["name"], p["name"], p["containerPort"])
        for d in workloads(docs)
        for c in containers(d)
        for p in c.get("ports", [])
    }
    assert {("api", "http", 5000), ("worker", "metrics", 9100), ("web", "http", 8080)} <= ports


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


def route(ingress: Doc, request_path: str) -> Doc | None:
    """The Ingress path a request path matches: Exact first, then the longest Prefix (by path element)."""
    paths = [p for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]]
    for p in paths:
        if p["pathType"] == "Exact" and p["path"] == request_path:
            return p

    def elements(s: str) -> list[str]:
        return [e for e in s.split("/") if e]

    prefixes = [
        p
        for p in paths
        if p["pathType"] == "Prefix"
        and elements(request_path)[: len(elements(p["path"]))] == elements(p["path"])
    ]
    return max(prefixes, key=lambda p: len(p["path"]), default=None)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_ingress_routes_and_alb_settings(overlay: str) -> None:
    docs = render(overlay)
    env = environment(overlay)
    (ingress,) = of_kind(docs, "Ingress")
    assert ingress["spec"]["ingressClassName"] == "alb"
    services = {s["metadata"]["name"]: s for s in of_kind(docs, "Service")}
    paths = [p for rule in ingress["spec"]["rules"] for p in rule["http"]["paths"]]
    assert [r["host"] for r in ingress["spec"]["rules"]] == [env["HOST"]]
    for p in paths:
        for name, port, _weight in ingress_backends(ingress, p):
            assert name in services, f"Ingress backend {name} is not a Service"
            svc_ports = {str(sp["port"]) for sp in services[name]["spec"]["ports"]} | {
                sp["name"] for sp in services[name]["spec"]["ports"]
            }
            assert str(port) in svc_ports, f"{name} has no port {port}"
    expected = {
        "/api": "api",
        "/api/tasks/1": "api",
        "/health": "api",
        "/ready": "api",
        "/": "web",
        "/tasks/today": "web",
        "/metrics": "web",
        "/apiary": "web",
    }
    for request_path, comp in expected.items():
        matched = route(ingress, request_path)
        assert matched, f"{request_path} is not routed"
        for name, _port, weight in ingress_backends(ingress, matched):
            if weight:
                assert services[name]["spec"]["selector"]["app.kubernetes.io/component"] == comp, request_path
    assert not [p for p in paths if "metrics" in p["path"]], "/metrics must not be routed"
    ann = ingress["metadata"]["annotations"]
    prefix = "alb.ingress.kubernetes.io/"
    assert ann[prefix + "scheme"] == "internet-facing"
    assert ann[prefix + "target-type"] == "ip"
    assert sorted(json.loads(ann[prefix + "listen-ports"]), key=str) == [{"HTTP": 80}, {"HTTPS": 443}]
    assert ann[prefix + "ssl-redirect"] == "443"
    assert ann[prefix + "certificate-arn"] == env["CERTIFICATE_ARN"]
    assert ann[prefix + "wafv2-acl-arn"] == env["WAF_ACL_ARN"]
    assert ann[prefix + "group.name"] == env["ALB_GROUP_NAME"]
    assert f"idle_timeout.timeout_seconds={ALB_IDLE_TIMEOUT}" in ann[prefix + "load-balancer-attributes"]
    for name, comp_path in (("taskforge-api", "/ready"), ("taskforge-web", "/healthz")):
        svc_ann = services[name]["metadata"]["annotations"]
        assert svc_ann[prefix + "healthcheck-path"] == comp_path
        assert re.fullmatch(
            r"deregistration_delay\.timeout_seconds=\d+", svc_ann[prefix + "target-group-attributes"]
        )


# --------------------------------------------------------------------------------- 5. probes and shutdown


def probe_path(probe: Doc) -> str | None:
    return probe.get("httpGet", {}).get("path")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_probes_differ_and_readiness_is_ready(overlay: str) -> None:
    for doc in of_kind(render(overlay), "Deployment"):
        for c in containers(doc):
            ready, live = c.get("readinessProbe"), c.get("livenessProbe")
            assert ready, f"{c['name']} lacks a readiness probe"
            assert live, f"{c['name']} lacks a liveness probe"

            def handler(probe):
                return {k: v for k, v in probe.items() if k in ("httpGet", "tcpSocket", "exec", "grpc")}

            assert handler(ready) != handler(live), (
                f"{c['name']}: readiness and liveness check the same thing"
            )
            names = {p["name"] for p in c["ports"]} | {p["containerPort"] for p in c["ports"]}
            for probe in (ready, live, c.get("startupProbe") or ready):
                handler = probe.get("httpGet") or probe.get("tcpSocket")
                assert handler, f"{c['name']} has a probe that is neither HTTP nor TCP"
                assert handler["port"] in names, f"{c['name']} probes a port it does not open"
            if component(doc) == "api":
                assert probe_path(ready) == "/ready"
                assert probe_path(live) == "/health"


def app_config(docs: list[Doc]) -> dict[str, str]:
    (config,) = [
        d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"].startswith("taskforge-config-")
    ]
    return config["data"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_grace_period_covers_prestop_and_graceful_timeout(overlay: str) -> None:
    """terminationGracePeriodSeconds >= preStop sleep + GUNICORN_GRACEFUL_TIMEOUT + 5 (reliability bar, rule
    7);
    the ALB's deregistration delay ends before the pod stops serving; keep-alive > the ALB's idle timeout."""
    docs = render(overlay)
    config = app_config(docs)
    graceful = int(config["GUNICORN_GRACEFUL_TIMEOUT"])
    assert int(config["GUNICORN_KEEPALIVE"]) > ALB_IDLE_TIMEOUT
    for doc in of_kind(docs, "Deployment"):
        grace = pod_spec(doc)["terminationGracePeriodSeconds"]
        for c in containers(doc):
            command = c["lifecycle"]["preStop"]["exec"]["command"]
            assert command[0] in ("/bin/sleep", "sleep")
            assert len(command) == 2
            sleep = int(command[1])
            assert sleep >= PRE_STOP_MIN
            assert grace >= sleep + graceful + 5, f"{doc['metadata']['name']}: {grace} < {sleep}+{graceful}+5"
            if component(doc) in ("api", "web"):
                svc = "taskforge-web" if component(doc) == "web" else "taskforge-api"
                attrs = get(docs, "Service", svc)["metadata"]["annotations"][
                    "alb.ingress.kubernetes.io/target-group-attributes"
                ]
                delay = int(attrs.split("=")[1])
                assert delay <= sleep + graceful


# ------------------------------------------------------------------------------------------ 6. security


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_security_contexts(overlay: str) -> None:
    expected_uid = {"api": 10001, "worker": 10001, "migrate": 10001, "web": 101}
    # /tmp/prometheus: the backend image sets PROMETHEUS_MULTIPROC_DIR there for every process.
    backend = {"/tmp", "/tmp/prometheus"}
    writable = {
        "api": backend,
        "worker": backend,
        "migrate": backend,
        "web": {"/tmp", "/var/cache/nginx", "/etc/nginx/conf.d"},
    }
    for doc in workloads(render(overlay)):
        spec, comp = pod_spec(doc), component(doc)
        pod_sc = spec["securityContext"]
        assert pod_sc["runAsNonRoot"] is True
        assert pod_sc["runAsUser"] == expected_uid[comp]
        assert pod_sc["seccompProfile"]["type"] == "RuntimeDefault"
        assert spec["automountServiceAccountToken"] is False
        assert spec["serviceAccountName"] == "taskforge-app"
        assert not spec.get("hostNetwork")
        assert not spec.get("hostPID")
        assert not spec.get("hostIPC")
        empty_dirs = {v["name"] for v in spec.get("volumes", []) if "emptyDir" in v}
        for c in containers(doc):
            sc = c["securityContext"]
            assert sc["allowPrivilegeEscalation"] is False
            assert sc["readOnlyRootFilesystem"] is True
            assert sc["runAsNonRoot"] is True
            assert sc["runAsUser"] == expected_uid[comp]
            assert sc["capabilities"] == {"drop": ["ALL"]}
            assert sc.get("privileged", False) is False
            assert sc["seccompProfile"]["type"] == "RuntimeDefault"
            mounts = {m["mountPath"] for m in c.get("volumeMounts", []) if m["name"] in empty_dirs}
            assert writable[comp] <= mounts, f"{c['name']} lacks writable {writable[comp] - mounts}"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_resources_are_set(overlay: str) -> None:
    for doc in workloads(render(overlay)):
        for c in containers(doc):
            res = c["resources"]
            for kind in ("cpu", "memory"):
                assert quantity(res["requests"][kind]) <= quantity(res["limits"][kind]), f"{c['name']} {kind}"


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_no_secret_values_anywhere(target: str) -> None:
    """No Secret object is rendered at all (ESO creates them in the cluster), and no file under kubernetes/
    declares one."""
    assert not of_kind(list(_render(target)), "Secret")
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
    assert {component(d) for d in connecting} == {"api", "worker", "migrate"}
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
                } <= defined
                assert any(s.get("secretRef", {}).get("name") == "taskforge-app" for s in c["envFrom"])
    config = app_config(docs)
    assert config["TASKFORGE_ENV"] == "production"
    assert config["TRUSTED_PROXY_HOPS"] == "1"


# ------------------------------------------------------------------------------- 7. rollout and capacity


def max_unavailable_is_zero(value: Any) -> bool:
    return value in (0, "0", "0%")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_rollout_and_spread(overlay: str) -> None:
    for doc in of_kind(render(overlay), "Deployment"):
        strategy = doc["spec"]["strategy"]
        assert strategy["type"] == "RollingUpdate"
        assert max_unavailable_is_zero(strategy["rollingUpdate"]["maxUnavailable"])
        labels = doc["spec"]["template"]["metadata"]["labels"]
        keys = set()
        for constraint in pod_spec(doc)["topologySpreadConstraints"]:
            assert label_selector_matches(constraint["labelSelector"], labels)
            keys.add(constraint["topologyKey"])
        assert keys == {"topology.kubernetes.io/zone", "kubernetes.io/hostname"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_hpa_and_pdb(overlay: str) -> None:
    docs = render(overlay)
    (hpa,) = of_kind(docs, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    target = get(docs, "Deployment", hpa["spec"]["scaleTargetRef"]["name"])
    assert component(target) == "api"
    assert "replicas" not in target["spec"], "the HPA owns the API's replica count"
    assert hpa["spec"]["minReplicas"] <= hpa["spec"]["maxReplicas"]
    pdbs = of_kind(docs, "PodDisruptionBudget")
    for comp in ("api", "web"):
        deployment = get(docs, "Deployment", f"taskforge-{comp}")
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert [p for p in pdbs if label_selector_matches(p["spec"]["selector"], labels)], (
            f"no PDB for {comp}"
        )


def test_production_is_larger_than_staging() -> None:
    prod, staging = render("production"), render("staging")
    hpa = lambda docs: of_kind(docs, "HorizontalPodAutoscaler")[0]["spec"]  # noqa: E731
    assert hpa(prod)["minReplicas"] >= 3
    assert get(prod, "Deployment", "taskforge-web")["spec"]["replicas"] >= 3
    assert get(prod, "Deployment", "taskforge-worker")["spec"]["replicas"] >= 2
    assert hpa(staging)["minReplicas"] < hpa(prod)["minReplicas"]
    assert hpa(staging)["maxReplicas"] < hpa(prod)["maxReplicas"]
    assert get(staging, "Deployment", "taskforge-web")["spec"]["replicas"] < 3


# ------------------------------------------------------------------------------------- 8. network policies


def allowed(
    docs: list[Doc],
    labels: dict[str, str],
    direction: str,
    port: int,
    peer_ip: str | None = None,
    peer_labels: dict[str, str] | None = None,
    peer_namespace: str = NAMESPACE,
) -> bool:
    """Would the namespace's NetworkPolicies let this pod send (Egress) or receive (Ingress) on `port`?"""
    policies = [
        p
        for p in of_kind(docs, "NetworkPolicy")
        if label_selector_matches(p["spec"]["podSelector"], labels) and direction in p["spec"]["policyTypes"]
    ]
    if not policies:
        return True
    key, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
    for policy in policies:
        for rule in policy["spec"].get(key, []):
            if not any(p["port"] == port for p in rule.get("ports", [{"port": port}])):
                continue
            for peer in rule.get(peers_key, []):
                if "ipBlock" in peer:
                    if peer_ip and ipaddress.ip_address(peer_ip) in ipaddress.ip_network(
                        peer["ipBlock"]["cidr"]
                    ):
                        return True
                    continue
                if peer_labels is None:
                    continue
                ns_ok = ("namespaceSelector" not in peer and peer_namespace == NAMESPACE) or (
                    "namespaceSelector" in peer
                    and label_selector_matches(
                        peer["namespaceSelector"], {"kubernetes.io/metadata.name": peer_namespace}
                    )
                )
                pod_ok = label_selector_matches(peer.get("podSelector", {}), peer_labels)
                if ns_ok and pod_ok:
                    return True
    return False


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_network_policies(overlay: str) -> None:
    docs = render(overlay)
    deny = get(docs, "NetworkPolicy", "default-deny-all")["spec"]
    assert deny["podSelector"] == {}
    assert set(deny["policyTypes"]) == {"Ingress", "Egress"}
    assert "ingress" not in deny
    assert "egress" not in deny
    vpc = ipaddress.ip_network(environment(overlay)["VPC_CIDR"])
    in_vpc, outside = str(vpc.network_address + 10), "203.0.113.7"
    pods = {component(d): d["spec"]["template"]["metadata"]["labels"] for d in workloads(docs)}
    dns = {"k8s-app": "kube-dns"}
    prometheus = {"app.kubernetes.io/name": "prometheus"}
    for comp, labels in pods.items():
        assert allowed(docs, labels, "Egress", 53, peer_labels=dns, peer_namespace="kube-system"), comp
        assert not allowed(docs, labels, "Egress", 53, peer_labels=dns, peer_namespace="default"), comp
        assert allowed(docs, labels, "Egress", 5432, peer_ip=in_vpc) == (
            comp in {"api", "worker", "migrate"}
        ), comp
        assert allowed(docs, labels, "Egress", 6379, peer_ip=in_vpc) == (comp in {"api", "worker"}), comp
        assert not allowed(docs, labels, "Egress", 5432, peer_ip=outside), comp
        assert allowed(docs, labels, "Egress", 587, peer_ip=outside) == (comp == "worker"), comp
        assert not allowed(docs, labels, "Egress", 443, peer_ip=outside), comp
        assert not allowed(docs, labels, "Ingress", 5000, peer_ip=outside), comp
    assert allowed(docs, pods["api"], "Ingress", 5000, peer_ip=in_vpc)
    assert allowed(docs, pods["web"], "Ingress", 8080, peer_ip=in_vpc)
    assert not allowed(docs, pods["worker"], "Ingress", 5000, peer_ip=in_vpc)
    assert allowed(docs, pods["api"], "Ingress", 5000, peer_labels=prometheus, peer_namespace="monitoring")
    assert allowed(docs, pods["worker"], "Ingress", 9100, peer_labels=prometheus, peer_namespace="monitoring")
    assert not allowed(docs, pods["api"], "Ingress", 5000, peer_labels=prometheus, peer_namespace="default")
    assert allowed(docs, pods["web"], "Egress", 5000, peer_labels=pods["api"])
    assert allowed(docs, pods["api"], "Ingress", 5000, peer_labels=pods["web"])
    assert not allowed(docs, pods["worker"], "Ingress", 9100, peer_labels=pods["web"])


def test_network_policy_evaluator_denies_without_a_rule() -> None:
    docs = [
        {
            "kind": "NetworkPolicy",
            "metadata": {"name": "d"},
            "spec": {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]},
        }
    ]
    assert not allowed(
        docs, {"a": "b"}, "Egress", 53, peer_labels={"k8s-app": "kube-dns"}, peer_namespace="kube-system"
    )
    assert allowed([], {"a": "b"}, "Egress", 53)


# ------------------------------------------------------------------------------- 9. migrations and canary


def in_setup_phase(doc: Doc) -> bool:
    """deploy.yml's "Apply what the migration needs": every object that is not a Deployment, Rollout or
    Job."""
    return doc["kind"] not in {"Deployment", "Rollout", "Job"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_migration_job_runs_before_the_rollout(overlay: str) -> None:
    """The Job migrates with the API's image, and everything it needs is applied before it (deploy.yml's
    split),
    while nothing that runs the new code is."""
    docs = render(overlay)
    job = get(docs, "Job", "taskforge-migrate")
    (c,) = pod_spec(job)["containers"]
    assert c["command"] == ["flask", "--app", "wsgi", "db", "upgrade"]
    assert pod_spec(job)["restartPolicy"] == "Never"
    assert job["spec"]["backoffLimit"] <= 3
    api = get(docs, "Deployment", "taskforge-api")
    assert c["image"] == pod_spec(api)["containers"][0]["image"]
    assert "command" not in pod_spec(api)["containers"][0], "the API must not migrate at start"
    assert list(of_kind(docs, "Job")) == [job]
    setup = {(d["kind"], d["metadata"]["name"]) for d in docs if in_setup_phase(d)}
    needs = {("ServiceAccount", pod_spec(job)["serviceAccountName"]), ("Namespace", NAMESPACE)}
    needs |= {("ConfigMap", s["configMapRef"]["name"]) for s in c["envFrom"] if "configMapRef" in s}
    needs |= {("ExternalSecret", s["secretRef"]["name"]) for s in c["envFrom"] if "secretRef" in s}
    needs |= {
        ("ExternalSecret", v["valueFrom"]["secretKeyRef"]["name"]) for v in c["env"] if "valueFrom" in v
    }
    needs |= {("NetworkPolicy", "allow-postgres-egress"), ("NetworkPolicy", "allow-dns")}
    assert needs <= setup, needs - setup


def test_production_canary() -> None:
    docs = render("production")
    (ingress,) = of_kind(docs, "Ingress")
    api_path = route(ingress, "/api/tasks")
    backends = ingress_backends(ingress, api_path)
    assert {b[0] for b in backends} == {"taskforge-api", "taskforge-api-canary"}
    for path in ("/health", "/ready"):
        assert ingress_backends(ingress, route(ingress, path)) == backends
    stable, canary = get(docs, "Deployment", "taskforge-api"), get(docs, "Deployment", "taskforge-api-canary")
    weights = {b[0]: b[2] for b in backends}
    # A canary without pods must get no traffic (the ALB would answer 503); committed at rest: 0 and 0.
    if canary["spec"]["replicas"] == 0:
        assert weights["taskforge-api-canary"] == 0
    assert weights["taskforge-api"] > 0
    stable_labels = stable["spec"]["template"]["metadata"]["labels"]
    canary_labels = canary["spec"]["template"]["metadata"]["labels"]
    assert pods_selected(docs, get(docs, "Service", "taskforge-api")["spec"]["selector"]) == [stable]
    assert pods_selected(docs, get(docs, "Service", "taskforge-api-canary")["spec"]["selector"]) == [canary]
    assert not label_selector_matches(stable["spec"]["selector"], canary_labels)
    assert not label_selector_matches(canary["spec"]["selector"], stable_labels)
    repo = lambda d: pod_spec(d)["containers"][0]["image"].rsplit(":", 1)[0]  # noqa: E731
    assert repo(canary) == repo(stable)
    stable_spec = json.loads(json.dumps(pod_spec(stable)))
    canary_spec = json.loads(json.dumps(pod_spec(canary)))
    for spec in (stable_spec, canary_spec):
        spec["containers"][0].pop("image")
        spec.pop("topologySpreadConstraints")
    assert stable_spec == canary_spec, "the canary must differ from stable only in its image"


def test_staging_has_no_canary() -> None:
    docs = render("staging")
    assert not [d for d in docs if "canary" in d["metadata"]["name"]]
    (ingress,) = of_kind(docs, "Ingress")
    assert not [k for k in ingress["metadata"]["annotations"] if ".actions." in k]


# ------------------------------------------------------------------------------------------- 10. checkov

# Every skip is an annotation on the object (checkov.io/skipN: CKV_ID=reason) with a comment in base/ saying
# why; this list makes a new skip a deliberate change to the tests too.
ALLOWED_SKIPS = {"CKV_K8S_35", "CKV_K8S_40", "CKV_K8S_43"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_checkov_passes_on_the_rendered_manifests(overlay: str, tmp_path: Path) -> None:
    rendered = tmp_path / f"{overlay}.yaml"
    rendered.write_text(render_text(f"overlays/{overlay}"))
    proc = subprocess.run(
        [
            checkov_bin(),
            "-f",
            str(rendered),
            "--framework",
            "kubernetes",
            "--skip-download",
            "--compact",
            "--quiet",
            "-o",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(proc.stdout)
    reports = report if isinstance(report, list) else [report]
    failed = [(c["check_id"], c["resource"]) for r in reports for c in r["results"]["failed_checks"]]
    assert not failed, failed
    assert proc.returncode == 0, proc.stderr
    passed = sum(r["summary"]["passed"] for r in reports)
    assert passed > 100, "checkov checked almost nothing"
    summary = reports[0]["summary"]
    assert summary["parsing_errors"] == 0
    assert summary["resource_count"] >= len(render(overlay))
    skips = []
    for doc in render(overlay):
        for key, value in doc["metadata"].get("annotations", {}).items():
            if key.startswith("checkov.io/skip"):
                check, _, reason = value.partition("=")
                assert check in ALLOWED_SKIPS, value
                assert len(reason) > 20, value
                skips.append(check)
    # Every skip checkov reports is one of these annotations (no skip comes from anywhere else).
    assert sum(r["summary"]["skipped"] for r in reports) == len(skips)
