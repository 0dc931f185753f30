#!/usr/bin/env bash
# Backup and restore, tested: the procedure of docs/runbooks/backup-restore.md run against a local PostgreSQL.
#
#   1. create a throwaway database and apply TaskForge's migrations to it (flask db upgrade);
#   2. seed it through the application itself (users, tags, tasks with subtasks, recurrence and reminders, a
#      completed task, a move, a delivered reminder: audit, change feed, notifications, idempotency keys);
#   3. pg_dump -Fc (what an RDS snapshot holds: data, schema, extensions, sequences);
#   4. pg_restore into a fresh database;
#   5. compare every table's row count and checksum (md5 over the rows in a fixed order), every sequence's
#      position, and the migration version;
#   6. drop both databases (also on failure or Ctrl-C).
# Exit 0 only if the restored copy is identical; any difference is printed and exits 1.
#
# Usage: scripts/backup-restore-check.sh        (make backup-restore-check)
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres; needs CREATEDB and, for the pg_trgm
# extension, superuser, as on a local trust-auth server), TASKFORGE_BACKEND (backend/ of this repository).
# BACKUP_RESTORE_CHECK_TAMPER=1 is for this script's own test: it changes one row of the restored copy before
# the comparison, which must then fail.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="${TASKFORGE_BACKEND:-$ROOT/backend}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SRC="taskforge_brc_src_$$"
DST="taskforge_brc_dst_$$"
WORK="$(mktemp -d)"

log() { printf 'backup-restore-check: %s\n' "$*"; }
fail() { printf 'backup-restore-check: FAILED: %s\n' "$*" >&2; exit 1; }

cleanup() {
  local status=$?
  for db in "$SRC" "$DST"; do
    psql -q -d postgres -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 ||
      printf 'backup-restore-check: could not drop database %s\n' "$db" >&2
  done
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in psql pg_dump pg_restore; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install postgresql-client)"
done
[[ -x "$BACKEND/.venv/bin/flask" ]] || fail "$BACKEND/.venv is missing: run make install first"
psql -q -d postgres -c 'SELECT 1' >/dev/null || fail "PostgreSQL does not answer on $PGHOST:$PGPORT as $PGUSER"

sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

url() { printf 'postgresql+psycopg2://%s@%s:%s/%s' "$PGUSER" "$PGHOST" "$PGPORT" "$1"; }

# The app, configured for a throwaway run: its own instance dir and secrets, no Redis, no SMTP.
app_env() {
  env -u REDIS_URL -u SMTP_URL -u PROMETHEUS_MULTIPROC_DIR \
    TASKFORGE_ENV=testing LOG_LEVEL=WARNING \
    TASKFORGE_INSTANCE_PATH="$WORK/instance" \
    FRONTEND_DIST="$WORK/no-frontend" \
    SECRET_KEY="backup-restore-check-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" \
    JWT_SECRET_KEY="backup-restore-check-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')" \
    DATABASE_URL="$(url "$SRC")" \
    "$@"
}

log "source database $SRC: migrating"
sql postgres "CREATE DATABASE \"$SRC\"" >/dev/null
(cd "$BACKEND" && app_env .venv/bin/flask --app wsgi db upgrade) >"$WORK/migrate.log" 2>&1 ||
  { cat "$WORK/migrate.log" >&2; fail "flask db upgrade"; }

log "seeding through the application"
(cd "$BACKEND" && app_env .venv/bin/python - <<'PY') || fail "seeding"
from datetime import UTC, datetime, timedelta

from taskforge import create_app

app = create_app()
client = app.test_client()
soon = (datetime.now(UTC) + timedelta(minutes=2)).isoformat()
later = (datetime.now(UTC) + timedelta(days=30)).isoformat()


def call(method, path, token=None, expect=(200, 201), **kwargs):
    headers = kwargs.pop("headers", {})
    if token:
        headers["Authorization"] = f"Bearer {token}"
    response = client.open(path, method=method, headers=headers, **kwargs)
    assert response.status_code in expect, (method, path, response.status_code, response.get_data(as_text=True))
    return response


for name in ("ada", "grace"):
    body = {"username": name, "email": f"{name}@example.com", "password": f"{name}-analytical-engine"}
    token = call("POST", "/api/auth/register", json=body).get_json()["access_token"]
    call("PATCH", "/api/auth/me", token, json={"timezone": "Europe/Berlin"})
    call("POST", "/api/tags", token, json={"name": "home", "color": "#22aa88"})
    parent = call(
        "POST",
        "/api/tasks",
        token,
        json={"title": f"{name}'s project", "priority": 3, "due_date": later, "tags": ["work", "home"]},
    ).get_json()
    for i in range(3):
        call("POST", "/api/tasks", token, json={"title": f"step {i}", "parent_id": parent["id"], "tags": ["work"]})
    call(
        "POST",
        "/api/tasks",
        token,
        json={
            "title": "Monthly report",
            "due_date": later,
            "recurrence": {"rrule": "FREQ=MONTHLY;BYDAY=-1FR", "anchor": "due"},
            "reminders": [{"before_due": 60}],
        },
    )
    # Due in 2 minutes, reminded 10 minutes before: due now, delivered by the worker below.
    call("POST", "/api/tasks", token, json={"title": "Call the bank", "due_date": soon, "reminders": [{"before_due": 10}]})
    batch = call(
        "POST",
        "/api/tasks/batch",
        token,
        headers={"Idempotency-Key": f"seed-{name}"},
        json={"tasks": [{"title": f"batch {i}", "priority": i % 4 + 1} for i in range(20)]},
    ).get_json()
    ids = [task["id"] for task in batch["items"]]
    call("PATCH", f"/api/tasks/{ids[0]}", token, json={"completed": True})
    call("POST", f"/api/tasks/{ids[1]}/move", token, json={"before_id": ids[5]})
    call("DELETE", f"/api/tasks/{ids[2]}", token, expect=(204,))
    call("POST", "/api/auth/calendar-token", token)
    call("POST", "/api/events/ticket", token)
    call("POST", "/api/auth/logout", token, expect=(200, 204))
print("seeded")
PY
(cd "$BACKEND" && app_env .venv/bin/flask --app wsgi worker --until-idle) >"$WORK/worker.log" 2>&1 ||
  { cat "$WORK/worker.log" >&2; fail "flask worker --until-idle"; }

# What the comparison covers: every table, sequence and the migration version. It must not be vacuous.
TABLES="$(sql "$SRC" "SELECT table_name FROM information_schema.tables
                      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")"
SEQUENCES="$(sql "$SRC" "SELECT sequence_name FROM information_schema.sequences
                         WHERE sequence_schema = 'public' ORDER BY 1")"
[[ -n "$TABLES" ]] || fail "no tables in $SRC"
for required in users tasks tags reminders notifications alembic_version; do
  grep -qx "$required" <<<"$TABLES" || fail "table $required missing from the migrated schema"
  [[ "$(sql "$SRC" "SELECT count(*) FROM \"$required\"")" -gt 0 ]] || fail "seeding left table $required empty"
done

log "pg_dump -Fc $SRC"
pg_dump -Fc --no-owner --no-acl -d "$SRC" -f "$WORK/taskforge.dump"
log "pg_restore into $DST ($(du -h "$WORK/taskforge.dump" | cut -f1) dump)"
sql postgres "CREATE DATABASE \"$DST\"" >/dev/null
pg_restore --exit-on-error --no-owner --no-acl -d "$DST" "$WORK/taskforge.dump"

if [[ "${BACKUP_RESTORE_CHECK_TAMPER:-}" == 1 ]]; then
  log "tampering with the restored copy (self-test)"
  sql "$DST" "UPDATE tasks SET title = title || ' (tampered)' WHERE id = (SELECT min(id) FROM tasks)" >/dev/null
fi

fingerprint() {  # database table -> "rows md5"
  sql "$1" "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), 'empty')
            FROM \"$2\" t"
}

log "comparing"
differences=0
compared=0
restored_tables="$(sql "$DST" "SELECT table_name FROM information_schema.tables
                               WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")"
if [[ "$restored_tables" != "$TABLES" ]]; then
  log "DIFFERENT table sets: source [$(tr '\n' ' ' <<<"$TABLES")] restored [$(tr '\n' ' ' <<<"$restored_tables")]"
  differences=$((differences + 1))
fi
while read -r table; do
  before="$(fingerprint "$SRC" "$table")"
  after="$(fingerprint "$DST" "$table" 2>/dev/null || echo missing)"
  compared=$((compared + 1))
  if [[ "$before" == "$after" ]]; then
    printf '  table %-28s rows %-6s md5 %s  OK\n' "$table" "${before%% *}" "${before#* }"
  else
    printf '  table %-28s DIFFERENT: source %s, restored %s\n' "$table" "$before" "$after"
    differences=$((differences + 1))
  fi
done <<<"$TABLES"
while read -r sequence; do
  [[ -n "$sequence" ]] || continue
  before="$(sql "$SRC" "SELECT last_value || ' ' || is_called FROM \"$sequence\"")"
  after="$(sql "$DST" "SELECT last_value || ' ' || is_called FROM \"$sequence\"" 2>/dev/null || echo missing)"
  if [[ "$before" == "$after" ]]; then
    printf '  sequence %-25s at %s  OK\n' "$sequence" "$before"
  else
    printf '  sequence %-25s DIFFERENT: source %s, restored %s\n' "$sequence" "$before" "$after"
    differences=$((differences + 1))
  fi
done <<<"$SEQUENCES"

if ((differences)); then
  fail "$differences difference(s) between $SRC and its restored copy ($compared tables compared)"
fi
log "OK: $compared tables and $(grep -c . <<<"$SEQUENCES" || true) sequences identical after pg_dump/pg_restore"
