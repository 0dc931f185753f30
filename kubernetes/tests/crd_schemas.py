"""JSON Schemas for the two custom resources kubernetes-validate cannot check (it only WARNs "Couldn't find
schema" for them and exits 0).

Each schema is a strict SUBSET of the upstream CustomResourceDefinition's openAPIV3Schema (External Secrets
Operator, API group external-secrets.io, version v1, as published in datreeio/CRDs-catalog
external-secrets.io/externalsecret_v1.json and secretstore_v1.json): only the fields TaskForge uses are
listed,
with the upstream types, enums, patterns and `required` lists (a few tightened: region and duration
patterns, required secretStoreRef and target), and every object closed with
additionalProperties: false. So a manifest that passes here also passes the real CRD schema (fewer allowed
properties, the same or tighter constraints); a misspelt or misplaced field fails here. Not covered (checked
on paper): CEL
rules of the real CRD, and semantic checks that only the ESO controller performs (e.g. that the template
renders, that the remote secrets exist).
"""

from __future__ import annotations

from typing import Any

DNS_SUBDOMAIN = r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
SECRET_KEY = r"^[-._a-zA-Z0-9]+$"


def _obj(properties: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def _name() -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": 253, "pattern": DNS_SUBDOMAIN}


_STRING_MAP = {"type": "object", "additionalProperties": {"type": "string"}}

_METADATA = _obj(
    {
        "name": {"type": "string"},
        "namespace": {"type": "string"},
        "labels": _STRING_MAP,
        "annotations": _STRING_MAP,
    },
    ["name", "namespace"],
)

_STORE_REF = _obj({"kind": {"enum": ["SecretStore", "ClusterSecretStore"]}, "name": _name()})

_REMOTE_REF = _obj(
    {
        "key": {"type": "string", "minLength": 1},
        "property": {"type": "string"},
        "version": {"type": "string"},
        "conversionStrategy": {"enum": ["Default", "Unicode"]},
        "decodingStrategy": {"enum": ["Auto", "Base64", "Base64URL", "None"]},
        "metadataPolicy": {"enum": ["None", "Fetch"]},
    },
    ["key"],
)

EXTERNAL_SECRET_V1 = _obj(
    {
        "apiVersion": {"const": "external-secrets.io/v1"},
        "kind": {"const": "ExternalSecret"},
        "metadata": _METADATA,
        "spec": _obj(
            {
                "refreshInterval": {
                    "type": "string",
                    "pattern": r"^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",
                },
                "refreshPolicy": {"enum": ["CreatedOnce", "Periodic", "OnChange"]},
                "secretStoreRef": _STORE_REF,
                "target": _obj(
                    {
                        "name": _name(),
                        "creationPolicy": {"enum": ["Owner", "Orphan", "Merge", "None"]},
                        "deletionPolicy": {"enum": ["Delete", "Merge", "Retain"]},
                        "immutable": {"type": "boolean"},
                        "template": _obj(
                            {
                                "engineVersion": {"enum": ["v2"]},
                                "mergePolicy": {"enum": ["Replace", "Merge"]},
                                "type": {"type": "string"},
                                "metadata": _obj({"labels": _STRING_MAP, "annotations": _STRING_MAP}),
                                "data": _STRING_MAP,
                            }
                        ),
                    }
                ),
                "data": {
                    "type": "array",
                    "items": _obj(
                        {
                            "secretKey": {
                                "type": "string",
                                "minLength": 1,
                                "maxLength": 253,
                                "pattern": SECRET_KEY,
                            },
                            "remoteRef": _REMOTE_REF,
                        },
                        ["remoteRef", "secretKey"],
                    ),
                },
                "dataFrom": {
                    "type": "array",
                    "items": _obj({"extract": _REMOTE_REF}, ["extract"]),
                },
            },
            ["secretStoreRef", "target"],
        ),
    },
    ["apiVersion", "kind", "metadata", "spec"],
)

SECRET_STORE_V1 = _obj(
    {
        "apiVersion": {"const": "external-secrets.io/v1"},
        "kind": {"const": "SecretStore"},
        "metadata": _METADATA,
        "spec": _obj(
            {
                "provider": _obj(
                    {
                        "aws": _obj(
                            {
                                "service": {"enum": ["SecretsManager", "ParameterStore"]},
                                "region": {"type": "string", "pattern": r"^[a-z]{2}(-gov)?-[a-z]+-[0-9]$"},
                                "role": {"type": "string"},
                                "auth": _obj(
                                    {
                                        "jwt": _obj(
                                            {
                                                "serviceAccountRef": _obj(
                                                    {
                                                        "name": _name(),
                                                        "audiences": {
                                                            "type": "array",
                                                            "items": {"type": "string"},
                                                        },
                                                    },
                                                    ["name"],
                                                )
                                            }
                                        )
                                    }
                                ),
                            },
                            ["region", "service"],
                        )
                    },
                    minProperties=1,
                    maxProperties=1,
                ),
            },
            ["provider"],
        ),
    },
    ["apiVersion", "kind", "metadata", "spec"],
)

# (apiVersion, kind) -> schema. A custom resource of any other kind in the rendered output fails the tests:
# nothing leaves kubernetes-validate without a schema to stand in for it.
SCHEMAS = {
    ("external-secrets.io/v1", "ExternalSecret"): EXTERNAL_SECRET_V1,
    ("external-secrets.io/v1", "SecretStore"): SECRET_STORE_V1,
}
