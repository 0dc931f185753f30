"""A deploy-ready copy of kubernetes/ for the tests: what .github/workflows/deploy.yml does before rendering.

The workflow writes overlays/<env>/environment.env with ../write-environment.py from the map Terraform
publishes
in SSM, and sets the images to <ECR registry>/<repository>:<commit SHA>. Here the map is built from what
infrastructure/ itself decides (region, VPC CIDR, host, public URL, push contact, database name from the
tfvars and the module's defaults,
names from the module's naming rules); the identifiers AWS assigns at creation (ARN suffixes, endpoint ids)
are
derived from the environment's name under account 111122223333, the account id AWS reserves for documentation.
So the tests exercise the same script and the same kustomize build as a deploy, never a committed account.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import sys
import tempfile
import uuid
from functools import cache
from pathlib import Path

import hcl2
import yaml

K8S = Path(__file__).resolve().parents[1]
INFRA = K8S.parent / "infrastructure"
OVERLAYS = ("staging", "production")
ACCOUNT = "111122223333"
IMAGE_TAG = "0123456789abcdef0123456789abcdef01234567"


def _unquote(value: object) -> str:
    return str(value).strip('"')  # python-hcl2 5+ keeps the quotes of strings


def tfvars(environment: str) -> dict[str, str]:
    """infrastructure/envs/<env>/terraform.tfvars over the module's variable defaults (strings only)."""
    values: dict[str, str] = {}
    with (INFRA / "modules" / "taskforge" / "variables.tf").open() as handle:
        for block in hcl2.load(handle).get("variable", []):
            for name, body in block.items():
                if isinstance(body.get("default"), str):
                    values[_unquote(name)] = _unquote(body["default"])
    with (INFRA / "envs" / environment / "terraform.tfvars").open() as handle:
        values.update({k: _unquote(v) for k, v in hcl2.load(handle).items() if isinstance(v, str)})
    return values


def _id(environment: str, what: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_DNS, f"{what}.{environment}.taskforge.test")


def terraform_values(environment: str) -> dict[str, str]:
    """The kubernetes_environment map infrastructure/ would publish for `environment` (see the module
    docstring)."""
    tf = tfvars(environment)
    region, name = tf["aws_region"], f"taskforge-{environment}"
    short = _id(environment, "endpoint").hex
    return {
        "AWS_REGION": region,
        "VPC_CIDR": tf["vpc_cidr"],
        "HOST": tf["host_name"],
        "ALB_GROUP_NAME": name,
        "CERTIFICATE_ARN": f"arn:aws:acm:{region}:{ACCOUNT}:certificate/{_id(environment, 'acm')}",
        "WAF_ACL_ARN": f"arn:aws:wafv2:{region}:{ACCOUNT}:regional/webacl/{name}/{_id(environment, 'waf')}",
        "SECRETS_READER_ROLE_ARN": f"arn:aws:iam::{ACCOUNT}:role/{name}-secrets-reader",
        "APP_SECRET_NAME": f"taskforge/{environment}/app",
        "REDIS_SECRET_NAME": f"taskforge/{environment}/redis",
        "DATABASE_SECRET_ARN": (
            f"arn:aws:secretsmanager:{region}:{ACCOUNT}:secret:rds!db-{_id(environment, 'rds')}-{short[:6]}"
        ),
        "DATABASE_HOST": f"{name}.{short[:12]}.{region}.rds.amazonaws.com",
        "DATABASE_NAME": tf["db_name"],
        "REDIS_HOST": f"master.{name}.{short[12:18]}.{region.replace('-', '')[:4]}.cache.amazonaws.com",
        "PUBLIC_URL": f"https://{tf['host_name']}",
        "VAPID_SUBJECT": tf["vapid_subject"],
    }


def registry(environment: str) -> str:
    return f"{ACCOUNT}.dkr.ecr.{terraform_values(environment)['AWS_REGION']}.amazonaws.com"


def write_environment(root: Path, environment: str, values: object) -> subprocess.CompletedProcess[str]:
    """Run ../write-environment.py exactly as the deploy workflow does (JSON on standard input)."""
    return subprocess.run(
        [sys.executable, str(K8S / "write-environment.py"), environment, "--root", str(root)],
        input=json.dumps(values),
        capture_output=True,
        text=True,
        timeout=60,
    )


def set_images(overlay_dir: Path, images: dict[str, str]) -> None:
    """What `kustomize edit set image name=newName:newTag` leaves in the overlay's kustomization.yaml."""
    path = overlay_dir / "kustomization.yaml"
    doc = yaml.safe_load(path.read_text())
    entries = {entry["name"]: entry for entry in doc.get("images", [])}
    for name, image in images.items():
        new_name, _, tag = image.rpartition(":")
        entries[name] = {"name": name, "newName": new_name, "newTag": tag}
    doc["images"] = list(entries.values())
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def prepare(root: Path, environment: str) -> None:
    """Write the environment and pin the images in the overlay under root, as the workflow does."""
    proc = write_environment(root, environment, terraform_values(environment))
    assert proc.returncode == 0, proc.stderr
    overlay = root / "overlays" / environment
    reg = registry(environment)
    images = {repo: f"{reg}/{repo}:{IMAGE_TAG}" for repo in ("taskforge-backend", "taskforge-frontend")}
    if (overlay / "canary").is_dir():
        # The canary runs the stable tag unless the overlay pins a canary tag (kubernetes/README.md,
        # "Canary").
        committed = yaml.safe_load((overlay / "kustomization.yaml").read_text()).get("images", [])
        tags = [e.get("newTag") for e in committed if e["name"] == "taskforge-backend-canary"]
        images["taskforge-backend-canary"] = f"{reg}/taskforge-backend:{tags[0] if tags else IMAGE_TAG}"
    set_images(overlay, images)


@cache
def tree() -> Path:
    """A copy of kubernetes/ with every overlay prepared (made once per test session)."""
    root = Path(tempfile.mkdtemp(prefix="taskforge-k8s-")) / "kubernetes"
    atexit.register(shutil.rmtree, root.parent, ignore_errors=True)
    shutil.copytree(K8S, root, ignore=shutil.ignore_patterns("tests", "environment.env", "__pycache__"))
    for environment in OVERLAYS:
        prepare(root, environment)
    return root
