"""The backup/restore procedure of docs/runbooks/backup-restore.md, run for real:
scripts/backup-restore-check.sh migrates and seeds a throwaway PostgreSQL database through the app, dumps it
with pg_dump -Fc, restores it into a fresh one with pg_restore and compares every table (row count, md5 of
the rows) and sequence.

Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth: `make services`), the PostgreSQL client tools
and backend/.venv (`make install`). Missing ones make the script, and so these tests, fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "backup-restore-check.sh"
# Tables the seeding must fill and the comparison must cover (all of TaskForge's data lives in these).
SEEDED = {
    "users",
    "tasks",
    "tags",
    "task_tags",
    "reminders",
    "notifications",
    "audit_events",
    "changes",
    "idempotency_keys",
    "revoked_tokens",
    "stream_tickets",
    "alembic_version",
}


def run_check(**env: str) -> subprocess.CompletedProcess[str]:
    for name in ("bash", "psql", "pg_dump", "pg_restore"):
        if shutil.which(name) is None:
            pytest.fail(f"{name} is not on PATH (apt-get install postgresql-client)")
    return subprocess.run(
        ["bash", str(SCRIPT)],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def databases() -> set[str]:
    result = subprocess.run(
        [
            "psql",
            "-h",
            os.environ.get("PGHOST", "127.0.0.1"),
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-XAtc",
            "SELECT datname FROM pg_database",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def created_databases(output: str) -> set[str]:
    return set(re.findall(r"taskforge_brc_(?:src|dst)_\d+", output))


def test_a_restored_dump_is_identical_table_by_table() -> None:
    result = run_check()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    compared = {
        m.group(1): (int(m.group(2)), m.group(3))
        for m in re.finditer(r"^  table (\S+)\s+rows (\d+)\s+md5 (\S+)  OK$", result.stdout, re.M)
    }
    assert set(compared) >= SEEDED, f"tables not compared: {SEEDED - set(compared)}"
    for table in SEEDED:
        rows, checksum = compared[table]
        assert rows > 0, f"{table} was not seeded"
        assert re.fullmatch(r"[0-9a-f]{32}", checksum), f"{table}: {checksum}"
    assert re.search(r"^  sequence tasks_id_seq\s+at \d+ true  OK$", result.stdout, re.M), result.stdout
    summary = re.search(r"OK: (\d+) tables and (\d+) sequences identical", result.stdout)
    assert summary, result.stdout
    assert int(summary.group(1)) == len(compared), result.stdout
    # Both throwaway databases are gone.
    names = created_databases(output)
    assert len(names) == 2
    assert not names & databases()


def test_a_difference_after_restore_fails_the_check() -> None:
    result = run_check(BACKUP_RESTORE_CHECK_TAMPER="1")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert re.search(
        r"^  table tasks\s+DIFFERENT: source \d+ [0-9a-f]{32}, restored \d+ [0-9a-f]{32}$",
        result.stdout,
        re.M,
    ), output
    assert "FAILED: 1 difference(s)" in result.stderr
    assert not created_databases(output) & databases()
