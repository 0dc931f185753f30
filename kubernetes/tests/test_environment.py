"""The per-environment values: Terraform's kubernetes_environment map, write-environment.py and
components/environment agree on one set of keys; the script refuses anything but that map for that
environment;
nothing account-specific is committed under kubernetes/; an overlay without its values does not render."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import deployed
import hcl2
import pytest
import yaml

K8S = deployed.K8S
pytestmark = pytest.mark.filterwarnings("error")


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("write_environment", K8S / "write-environment.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def component_keys() -> set[str]:
    doc = yaml.safe_load((K8S / "components" / "environment" / "kustomization.yaml").read_text())
    return {r["source"]["fieldPath"].removeprefix("data.") for r in doc["replacements"]}


def terraform_keys() -> set[str]:
    path = deployed.INFRA / "modules" / "taskforge" / "kubernetes.tf"
    assert path.is_file(), f"{path} publishes the map the deploy reads"
    with path.open() as handle:
        for block in hcl2.load(handle).get("locals", []):
            if "kubernetes_environment" in block:
                return {key.strip('"') for key in block["kubernetes_environment"]}
    pytest.fail("no local kubernetes_environment in kubernetes.tf")


def test_terraform_the_script_and_the_component_agree_on_the_keys() -> None:
    assert set(script().FORMATS) == component_keys() == terraform_keys()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for env in deployed.OVERLAYS:
        (tmp_path / "overlays" / env).mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize("environment", deployed.OVERLAYS)
def test_the_script_writes_every_key_once(root: Path, environment: str) -> None:
    values = deployed.terraform_values(environment)
    proc = deployed.write_environment(root, environment, values)
    assert proc.returncode == 0, proc.stderr
    lines = (root / "overlays" / environment / "environment.env").read_text().splitlines()
    assert lines[0].startswith("#")
    assert dict(line.split("=", 1) for line in lines[1:]) == values


def test_the_script_reads_the_whole_terraform_output_too(root: Path) -> None:
    outputs = {
        "cluster_name": {"value": "taskforge-staging", "type": "string", "sensitive": False},
        "kubernetes_environment": {"value": deployed.terraform_values("staging"), "type": ["map", "string"]},
    }
    assert deployed.write_environment(root, "staging", outputs).returncode == 0


def _broken(change: str) -> tuple[dict[str, object], str]:
    values: dict[str, object] = dict(deployed.terraform_values("staging"))
    if change == "missing":
        del values["DATABASE_HOST"]
        return values, "missing key DATABASE_HOST"
    if change == "unknown":
        values["DATABASE_PASSWORD"] = "x"
        return values, "unknown key DATABASE_PASSWORD"
    if change == "other environment":
        return dict(deployed.terraform_values("production")), "is not staging's"
    if change == "region":
        values["CERTIFICATE_ARN"] = str(values["CERTIFICATE_ARN"]).replace(":eu-", ":us-")
        return values, "CERTIFICATE_ARN"
    if change == "newline":
        values["HOST"] = "staging.taskforge.io\nEVIL=1"
        return values, "HOST"
    if change == "not a string":
        values["VPC_CIDR"] = ["10.20.0.0/16"]
        return values, "VPC_CIDR must be a string"
    if change == "cidr":
        values["VPC_CIDR"] = "10.20.0.1/16"
        return values, "VPC_CIDR"
    if change == "plain http":
        values["PUBLIC_URL"] = f"http://{values['HOST']}"
        return values, "PUBLIC_URL"
    if change == "another host":
        values["PUBLIC_URL"] = "https://app.taskforge.io"
        return values, "is not the Ingress host's address"
    if change == "localhost contact":
        values["VAPID_SUBJECT"] = "mailto:taskforge@localhost"
        return values, "VAPID_SUBJECT"
    if change == "bare address":
        values["VAPID_SUBJECT"] = "ops@taskforge.io"
        return values, "VAPID_SUBJECT"
    raise AssertionError(change)


@pytest.mark.parametrize(
    "change",
    [
        "missing",
        "unknown",
        "other environment",
        "region",
        "newline",
        "not a string",
        "cidr",
        "plain http",
        "another host",
        "localhost contact",
        "bare address",
    ],
)
def test_the_script_refuses_anything_else_and_writes_nothing(root: Path, change: str) -> None:
    values, message = _broken(change)
    proc = deployed.write_environment(root, "staging", values)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert not (root / "overlays" / "staging" / "environment.env").exists()


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '"a string"'])
def test_the_script_refuses_what_is_not_a_map(root: Path, text: str) -> None:
    proc = subprocess.run(
        [sys.executable, str(K8S / "write-environment.py"), "staging", "--root", str(root)],
        input=text,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("write-environment: ")


# An account id (but 111122223333, AWS's documentation account, which the README names), an ARN, or an
# endpoint AWS names per account (ECR registry, RDS, ElastiCache, ALB).
ACCOUNT_SPECIFIC = re.compile(
    r"\b(?!111122223333\b)\d{12}\b|arn:aws|\.dkr\.ecr\.|\.(rds|cache|elb)\.amazonaws\.com"
)


def test_nothing_account_specific_is_committed() -> None:
    """Account ids, ARNs and AWS endpoints come from Terraform at deploy time, never from a file in git."""
    tracked = subprocess.run(
        ["git", "ls-files", "kubernetes"], cwd=K8S.parent, capture_output=True, text=True, check=True
    ).stdout.split()
    assert tracked
    found = [
        f"{path}:{n}: {line.strip()}"
        for path in tracked
        # the tests' data and the script's own patterns are not deploy values
        if not path.startswith("kubernetes/tests/") and path != "kubernetes/write-environment.py"
        for n, line in enumerate((K8S.parent / path).read_text().splitlines(), 1)
        if ACCOUNT_SPECIFIC.search(line) and not line.lstrip().startswith(("#", "|", "`"))
    ]
    assert not found, "\n".join(found)
    for seeded in (
        "newName: 718903664215.dkr.ecr.eu-west-1.amazonaws.com/taskforge-backend",
        "DATABASE_HOST=taskforge.h3n7v2r5t8wq.eu-west-1.rds.amazonaws.com",
        "WAF_ACL_ARN: arn:aws:wafv2:eu-west-1:...:regional/webacl/x/y",
    ):
        assert ACCOUNT_SPECIFIC.search(seeded)
    assert not ACCOUNT_SPECIFIC.search("eks.amazonaws.com/role-arn")


def _render(root: Path, environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [shutil.which("kubectl") or "kubectl", "kustomize", str(root / "overlays" / environment)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    root = tmp_path / "kubernetes"
    shutil.copytree(K8S, root, ignore=shutil.ignore_patterns("tests", "environment.env", "__pycache__"))
    return root


def test_an_overlay_without_its_values_does_not_render(copy: Path) -> None:
    proc = _render(copy, "staging")
    assert proc.returncode != 0
    assert "environment.env" in proc.stderr


def test_a_key_missing_from_the_file_fails_the_build(copy: Path) -> None:
    values = deployed.terraform_values("staging")
    env_file = copy / "overlays" / "staging" / "environment.env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in values.items() if k != "REDIS_HOST"))
    proc = _render(copy, "staging")
    assert proc.returncode != 0
    assert "REDIS_HOST" in proc.stderr


def test_a_new_database_host_rolls_the_pods(copy: Path) -> None:
    """The hosts land in the hash-named taskforge-config, so a changed endpoint gives every pod a new
    template."""
    names = []
    for host in ("db-a.eu-west-1.rds.amazonaws.com", "db-b.eu-west-1.rds.amazonaws.com"):
        values = deployed.terraform_values("staging") | {"DATABASE_HOST": host}
        assert deployed.write_environment(copy, "staging", values).returncode == 0
        proc = _render(copy, "staging")
        assert proc.returncode == 0, proc.stderr
        docs = [d for d in yaml.safe_load_all(proc.stdout) if d]
        (config,) = [
            d
            for d in docs
            if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("taskforge-config")
        ]
        assert config["data"]["DATABASE_HOST"] == host
        api = next(d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "taskforge-api")
        refs = json.dumps(api["spec"]["template"])
        assert config["metadata"]["name"] in refs
        names.append(config["metadata"]["name"])
    assert names[0] != names[1]
