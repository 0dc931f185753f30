"""checkov scans each rendered overlay: no failed check, no parsing error, and the only skips are the
allow-listed `checkov.io/skipN` annotations, each with its reason."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from rendered import OVERLAYS, render, render_text


def checkov_bin() -> str:
    path = os.environ.get("CHECKOV") or shutil.which("checkov")
    if not path or not os.access(path, os.X_OK):
        pytest.fail("checkov not found: set CHECKOV=/path/to/checkov (it lives in its own virtualenv)")
    return path


# Every skip is an annotation on the object (checkov.io/skipN: CKV_ID=reason) with a comment in base/ saying
# why; this list makes a new skip a deliberate change to the tests too.
ALLOWED_SKIPS = {"CKV_K8S_35", "CKV_K8S_40", "CKV_K8S_43"}


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_checkov_passes_on_the_rendered_manifests(overlay: str, tmp_path: Path) -> None:
    rendered = tmp_path / f"{overlay}.yaml"
    rendered.write_text(render_text(f"overlays/{overlay}"))
    proc = subprocess.run(
        [
            checkov_bin(),
            "-f",
            str(rendered),
            "--framework",
            "kubernetes",
            "--skip-download",
            "--compact",
            "--quiet",
            "-o",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(proc.stdout)
    reports = report if isinstance(report, list) else [report]
    failed = [(c["check_id"], c["resource"]) for r in reports for c in r["results"]["failed_checks"]]
    assert not failed, failed
    assert proc.returncode == 0, proc.stderr
    passed = sum(r["summary"]["passed"] for r in reports)
    assert passed > 100, "checkov checked almost nothing"
    summary = reports[0]["summary"]
    assert summary["parsing_errors"] == 0
    assert summary["resource_count"] >= len(render(overlay))
    skips = []
    for doc in render(overlay):
        for key, value in doc["metadata"].get("annotations", {}).items():
            if key.startswith("checkov.io/skip"):
                check, _, reason = value.partition("=")
                assert check in ALLOWED_SKIPS, value
                assert len(reason) > 20, value
                skips.append(check)
    # Every skip checkov reports is one of these annotations (no skip comes from anywhere else).
    assert sum(r["summary"]["skipped"] for r in reports) == len(skips)
