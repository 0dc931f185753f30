"""What TaskForge's own configuration makes of a deploy's environment, for the delivery tests.

Run with the backend's interpreter (backend/.venv/bin/python, `make install`), from any directory:

    backend_settings.py keys      -> {"pkcs8": PEM, "sec1": PEM, "raw": base64url, "public": base64url}
        a fresh VAPID key pair in each form the backend accepts (Terraform's tls_private_key writes the PEMs),
        so no key is ever written into the repository;
    backend_settings.py settings  <- a JSON list of environments (name -> value) on standard input
                                  -> a JSON list, one entry per environment: what taskforge.config.Settings
        read from it ({"env", "public_url", "vapid_subject", "vapid_public_key", "push", "email"}), or
        {"error": the ConfigError's message}. Never a secret: the key is reported by its public half.

Used by tests/test_compose.py and kubernetes/tests/test_backend_settings.py.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from taskforge.config import ConfigError, Settings
from taskforge.push.keys import normalised_private_key, public_key_of


def keys() -> dict[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())

    def pem(form: serialization.PrivateFormat) -> str:
        return key.private_bytes(serialization.Encoding.PEM, form, serialization.NoEncryption()).decode()

    pkcs8 = pem(serialization.PrivateFormat.PKCS8)
    raw = normalised_private_key(pkcs8)
    return {
        "pkcs8": pkcs8,
        "sec1": pem(serialization.PrivateFormat.TraditionalOpenSSL),
        "raw": raw,
        "public": public_key_of(raw),
    }


def settings(environ: dict[str, str]) -> dict[str, object]:
    # Outside production the backend keeps generated secrets under instance/: a throwaway one.
    with tempfile.TemporaryDirectory() as instance:
        try:
            found = Settings.from_env({"TASKFORGE_INSTANCE_PATH": instance, **environ})
        except ConfigError as exc:
            return {"error": str(exc)}
    return {
        "env": found.env,
        "public_url": found.public_url,
        "vapid_subject": found.vapid_subject,
        "vapid_public_key": public_key_of(found.vapid_private_key) if found.push_enabled else None,
        "push": found.push_enabled,
        "email": found.email_enabled,
    }


def main(command: str) -> None:
    if command == "keys":
        result: object = keys()
    elif command == "settings":
        result = [settings(environ) for environ in json.load(sys.stdin)]
    else:
        raise SystemExit(f"usage: {Path(__file__).name} keys|settings")
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(*sys.argv[1:2] or [""])
