"""scripts/deploy-direction.sh against a real git history: forward, same, rollback, diverged, first."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "deploy-direction.sh"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """main: a - b - c; a branch d off a."""
    repo = tmp_path_factory.mktemp("repo")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "deploy@test")
    git(repo, "config", "user.name", "deploy test")
    commits = {}
    for name in ("a", "b", "c"):
        git(repo, "commit", "-q", "--allow-empty", "-m", name)
        commits[name] = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "side", commits["a"])
    git(repo, "commit", "-q", "--allow-empty", "-m", "d")
    commits["d"] = git(repo, "rev-parse", "HEAD")
    return repo, commits


def direction(repo: Path, deployed: str, new: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), deployed, new], cwd=repo, capture_output=True, text=True, timeout=30
    )


@pytest.mark.parametrize(
    ("deployed", "new", "expected"),
    [
        ("", "c", "first"),
        ("c", "c", "same"),
        ("a", "c", "forward"),
        ("b", "c", "forward"),
        ("c", "b", "rollback"),
        ("c", "a", "rollback"),
        ("c", "d", "diverged"),
        ("d", "b", "diverged"),
        ("f" * 40, "c", "diverged"),
    ],
)
def test_direction(history: tuple[Path, dict[str, str]], deployed: str, new: str, expected: str) -> None:
    repo, commits = history
    proc = direction(repo, commits.get(deployed, deployed), commits[new])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{expected}\n"


@pytest.mark.parametrize("args", [[], ["only-one"], ["a", ""]])
def test_usage_errors(history: tuple[Path, dict[str, str]], args: list[str]) -> None:
    proc = subprocess.run(
        ["bash", str(SCRIPT), *args], cwd=history[0], capture_output=True, text=True, timeout=30
    )
    assert proc.returncode == 2
    assert "usage" in proc.stderr


def test_an_unknown_new_commit_is_an_error(history: tuple[Path, dict[str, str]]) -> None:
    repo, commits = history
    proc = direction(repo, commits["c"], "e" * 40)
    assert proc.returncode == 2
    assert "not a commit" in proc.stderr
