"""Reading the audit history: both orders are read from the table's indexes, never sorted afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import postgresql

from taskforge.audit import service
from taskforge.audit.schemas import AuditQuery
from taskforge.extensions import db
from tests.factories import inbox_of


def plan(statement) -> str:
    sql = statement.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
    # On the test's few rows a sequential (or bitmap) scan and a sort are cheapest: with those scans off, the
    # plan shows whether an index delivers the rows in order. If none could, a Sort node would remain.
    db.session.execute(text("SET LOCAL enable_seqscan = off"))
    db.session.execute(text("SET LOCAL enable_bitmapscan = off"))
    return "\n".join(db.session.execute(text(f"EXPLAIN {sql}")).scalars())


@pytest.mark.parametrize(
    ("order", "task_id", "index", "scan"),
    [
        ("asc", None, "ix_audit_events_project", "Index Scan using"),
        ("desc", None, "ix_audit_events_project", "Index Scan Backward using"),
        ("asc", 7, "ix_audit_events_task", "Index Scan using"),
        ("desc", 7, "ix_audit_events_task", "Index Scan Backward using"),
    ],
)
@pytest.mark.parametrize("after", [None, 1000])
def test_each_order_is_an_index_scan_without_a_sort(user, order, task_id, index, scan, after):
    query = AuditQuery(order=order, task_id=task_id, after=after)
    shown = plan(service.statement(projects=[inbox_of(user)], query=query, task_id=task_id))
    assert f"{scan} {index}" in shown, shown
    assert "Sort" not in shown, shown
