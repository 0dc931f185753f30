"""Shared loading of the Terraform code of infrastructure/ for the tests."""

from pathlib import Path

import hcl2
import pytest

INFRA = Path(__file__).resolve().parents[1]
MODULE = INFRA / "modules" / "taskforge"
# One root configuration (stack/) for every environment; an environment is a tfvars file and a backend config.
STACK = INFRA / "stack"
ENVS = {name: INFRA / "envs" / name for name in ("staging", "production")}
BOOTSTRAP = INFRA / "bootstrap"


def tf_files(root: Path = INFRA) -> list[Path]:
    """Every .tf file below root, provider caches excluded."""
    return sorted(p for p in root.rglob("*.tf") if ".terraform" not in p.parts)


def _unquote(value):
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def norm(node):
    """python-hcl2 keeps HCL quotes on keys and strings and adds comment keys: drop both."""
    if isinstance(node, dict):
        return {_unquote(k): norm(v) for k, v in node.items() if not k.startswith("__")}
    if isinstance(node, list):
        return [norm(v) for v in node]
    return _unquote(node)


def load(path: Path) -> dict:
    """Parse one HCL file (.tf, .tfvars, .hcl) into plain dicts; raises on a syntax error."""
    with path.open() as handle:
        return norm(hcl2.load(handle))


def blocks(root: Path, kind: str) -> dict:
    """Blocks of one kind (module, variable, output, locals...) across the .tf files of root.

    Resources and data sources are keyed "type.name"; other blocks by name.
    """
    found = {}
    for path in sorted(root.glob("*.tf")):
        for entry in load(path).get(kind, []):
            if kind in ("resource", "data"):
                for rtype, named in entry.items():
                    for name, body in named.items():
                        found[f"{rtype}.{name}"] = body
            elif kind == "locals":
                found.update(entry)
            else:
                found.update(entry)
    return found


@pytest.fixture(scope="session")
def module_blocks():
    """Blocks of modules/taskforge by kind."""
    return {
        kind: blocks(MODULE, kind) for kind in ("module", "resource", "data", "variable", "output", "locals")
    }
