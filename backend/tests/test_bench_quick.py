"""`make bench`'s harness, end to end, in its quick form (BENCH_QUICK=1: little data, 1 s per measurement):
it starts and stops everything, measures every scenario, and writes a report whose every row has its
requests/s and the CPU per request of the app, PostgreSQL and Redis. Targets are not judged here: numbers
from a smoke run on a busy test machine mean nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BACKEND = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

ROW = re.compile(r"^\| (?P<label>[^|]+) \| (?P<conns>\d+) \| (?P<rps>[\d,]+) \|(?P<rest>.*)$")


def test_quick_bench_measures_every_scenario_with_its_cpu(tmp_path):
    output = tmp_path / "bench.md"
    env = {**os.environ, "BENCH_QUICK": "1", "BENCH_OUTPUT": str(output)}
    done = subprocess.run(
        [sys.executable, "-m", "bench.run"],
        cwd=BACKEND,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    report = output.read_text()
    assert "Quick smoke run" in report
    table = report.split("### TaskForge, as ratios to the floor's mean", 1)[1].split("\n### ", 1)[0]
    rows = [match for line in table.splitlines() if (match := ROW.match(line))]
    labels = [row["label"] for row in rows]
    for expected in ("GET /api/tasks (cached)", "POST /api/tasks", "PATCH /api/tasks/{id}"):
        assert expected in labels
    assert any("5-member project" in label for label in labels)  # the shared scenarios ran too
    for row in rows:
        cells = [cell.strip() for cell in row["rest"].split("|")]
        app, postgres, redis = (float(cell) for cell in cells[2:5])  # after p50 and p99
        assert int(row["rps"].replace(",", "")) > 0, row["label"]
        assert app > 0, row["label"]  # every request costs the server something
        if "cache off" in row["label"]:  # served from PostgreSQL: its share must show
            assert postgres > 0, row["label"]
        if "cached" in row["label"]:  # a cache hit reads Redis
            assert redis > 0, row["label"]
    assert "peak PSS" in report
