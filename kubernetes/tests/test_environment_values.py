"""The per-environment values reach the rendered manifests: no placeholder survives into an overlay, every
replacement of components/environment fills each of its targets with environment.env's value (never base's),
staging and production differ, and one AWS account and region run through each overlay's images and ARNs.
test_environment.py proves the values themselves (Terraform's map and write-environment.py)."""

from __future__ import annotations

import ipaddress
import re

import pytest
import yaml
from rendered import (
    K8S,
    OVERLAYS,
    Doc,
    app_config,
    base,
    containers,
    environment,
    field,
    get,
    of_kind,
    render,
    strings,
    workloads,
)

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
