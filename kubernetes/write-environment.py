#!/usr/bin/env python3
"""Write overlays/<env>/environment.env from the deploy values Terraform publishes.

Terraform (infrastructure/modules/taskforge/kubernetes.tf) builds one map of the account-specific values the
manifests need (region, VPC CIDR, host, certificate, WAF, IAM role, secret names, database and Redis hosts,
the public URL and the Web Push contact) and stores it as JSON in the SSM parameter
/taskforge/<env>/kubernetes-environment (also `terraform output -json kubernetes_environment`). This script
checks that map and writes it as the dotenv file the overlay's configMapGenerator reads;
components/environment then copies each value into the manifests.

    aws ssm get-parameter --with-decryption --name /taskforge/staging/kubernetes-environment \
        --query Parameter.Value --output text | kubernetes/write-environment.py staging

Standard library only, so it runs on any deploy machine. Exit status 2 and a message on stderr for input that
is not exactly the expected map; nothing is written then.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import re
import sys
from pathlib import Path

KUBERNETES = Path(__file__).resolve().parent
ENVIRONMENTS = ("staging", "production")

_HOST = r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}"
_ARN = r"arn:aws(-[a-z]+)*:{service}:{region}:\d{{12}}:{resource}"
_REGION = r"[a-z]{2}(-[a-z]+)+-\d"
# VAPID_SUBJECT (RFC 8292 "sub"): a mailto: address or an https:// URL, one line, never on localhost (Apple's
# push service refuses it), as infrastructure/ validates var.vapid_subject.
_VAPID_SUBJECT = r"(?!.*localhost)(mailto:[^@\s]+@[^@\s]+\.[^@\s]+|https://[^/\s]+\.\S+)"

# Every key components/environment reads, with the shape its value must have. Region-bound ARNs are checked
# against AWS_REGION once it is known (the `{region}` below).
FORMATS: dict[str, str] = {
    "AWS_REGION": _REGION,
    "VPC_CIDR": "cidr",
    "HOST": _HOST,
    "ALB_GROUP_NAME": r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?",
    "CERTIFICATE_ARN": _ARN.format(service="acm", region="{region}", resource=r"certificate/[0-9a-f-]{36}"),
    "WAF_ACL_ARN": _ARN.format(
        service="wafv2", region="{region}", resource=r"regional/webacl/[\w-]+/[0-9a-f-]{36}"
    ),
    "SECRETS_READER_ROLE_ARN": _ARN.format(service="iam", region="", resource=r"role/[\w+=,.@/-]{1,512}"),
    "APP_SECRET_NAME": r"taskforge/[a-z0-9-]+/app",
    "REDIS_SECRET_NAME": r"taskforge/[a-z0-9-]+/redis",
    "DATABASE_SECRET_ARN": _ARN.format(
        service="secretsmanager", region="{region}", resource=r"secret:[\w/+=.@!-]+"
    ),
    "DATABASE_HOST": _HOST,
    "DATABASE_NAME": r"[a-z_][a-z0-9_]{0,62}",
    "REDIS_HOST": _HOST,
    "PUBLIC_URL": f"https://{_HOST}",
    "VAPID_SUBJECT": _VAPID_SUBJECT,
}


class InvalidEnvironment(ValueError):
    """The input is not the deploy values map this version of the manifests needs."""


def parse(text: str) -> dict[str, str]:
    """The map from `terraform output -json kubernetes_environment`, `terraform output -json` or the SSM
    value."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidEnvironment(f"not JSON: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("kubernetes_environment"), dict):
        data = data["kubernetes_environment"].get("value")  # the whole `terraform output -json`
    if not isinstance(data, dict):
        raise InvalidEnvironment("expected a JSON object of string values")
    return data


def check(values: dict[str, object], environment: str) -> dict[str, str]:
    """Return the values when every key is present, known, well-formed and for `environment`.

    Raises InvalidEnvironment otherwise (another environment's map is refused: its secret names differ).
    """
    missing = sorted(set(FORMATS) - set(values))
    unknown = sorted(set(values) - set(FORMATS))
    problems = [f"missing key {key}" for key in missing] + [f"unknown key {key}" for key in unknown]
    region = values.get("AWS_REGION")
    for key, pattern in FORMATS.items():
        value = values.get(key)
        if key not in values:
            continue
        if not isinstance(value, str):
            problems.append(f"{key} must be a string, not {type(value).__name__}")
        elif pattern == "cidr":
            try:
                ipaddress.ip_network(value, strict=True)
            except ValueError:
                problems.append(f"{key}={value!r} is not a network in CIDR notation")
        elif not re.fullmatch(pattern.replace("{region}", re.escape(str(region))), value):
            problems.append(f"{key}={value!r} does not look like {key.lower().replace('_', ' ')}")
    for key, expected in (
        ("APP_SECRET_NAME", f"taskforge/{environment}/app"),
        ("REDIS_SECRET_NAME", f"taskforge/{environment}/redis"),
        ("ALB_GROUP_NAME", f"taskforge-{environment}"),
    ):
        if isinstance(values.get(key), str) and values[key] != expected:
            problems.append(f"{key}={values[key]!r} is not {environment}'s ({expected!r})")
    host, public_url = values.get("HOST"), values.get("PUBLIC_URL")
    if isinstance(host, str) and isinstance(public_url, str) and public_url != f"https://{host}":
        problems.append(f"PUBLIC_URL={public_url!r} is not the Ingress host's address ('https://{host}')")
    if problems:
        raise InvalidEnvironment("; ".join(problems))
    return {key: str(values[key]) for key in FORMATS}


def dotenv(values: dict[str, str]) -> str:
    """The file the overlay's configMapGenerator reads (every value was checked to be one plain line)."""
    lines = [
        "# Written by kubernetes/write-environment.py from Terraform's deploy values. Do not edit or commit."
    ]
    return "\n".join(lines + [f"{key}={values[key]}" for key in FORMATS]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("environment", choices=ENVIRONMENTS)
    parser.add_argument("input", nargs="?", type=Path, help="JSON file (default: standard input)")
    parser.add_argument(
        "--root", type=Path, default=KUBERNETES, help="the kubernetes/ directory to write into"
    )
    args = parser.parse_args(argv)
    text = args.input.read_text() if args.input else sys.stdin.read()
    try:
        values = check(parse(text), args.environment)
    except InvalidEnvironment as exc:
        print(f"write-environment: {exc}", file=sys.stderr)
        return 2
    target = args.root / "overlays" / args.environment / "environment.env"
    target.write_text(dotenv(values))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
