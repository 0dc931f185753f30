"""Run checkov on a file or a directory and return its JSON report (the image and workflow tests)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path


def checkov_report(target: Path, framework: str) -> dict:
    """checkov's report for `target` (a file, or a directory) under one framework; a missing checkov fails."""
    binary = os.environ.get("CHECKOV") or shutil.which("checkov")
    assert binary, "checkov not found: set CHECKOV=/path/to/checkov (it lives in its own virtualenv)"
    assert os.access(binary, os.X_OK), f"{binary} is not executable"
    flag = "-d" if target.is_dir() else "-f"
    result = subprocess.run(
        [
            binary,
            flag,
            str(target),
            "--framework",
            framework,
            "--skip-download",
            "--compact",
            "--quiet",
            "-o",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = json.loads(result.stdout)
    return report[0] if isinstance(report, list) else report
