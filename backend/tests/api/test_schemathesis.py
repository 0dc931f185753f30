"""Fuzzing the whole OpenAPI document: no server errors, every response matches the schema."""

from __future__ import annotations

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings

from tests.api import schemathesis_hooks  # noqa: F401 - registers the Idempotency-Key hook
from tests.conftest import bearer
from tests.factories import TaskFactory, UserFactory

EXAMPLES_PER_OPERATION = 60


@pytest.fixture
def tokens(app: Flask, token_for) -> list[dict[str, str]]:
    """Two users, each with tasks, so every case runs with both users' credentials."""
    alice, bob = UserFactory(), UserFactory()
    for owner in (alice, bob):
        TaskFactory.create_batch(3, user=owner)
    return [bearer(token_for(alice)), bearer(token_for(bob))]


def _operations(app: Flask) -> list[schemathesis.APIOperation]:
    """Every operation; signing out (a logout, or revoking a session whose id the fuzzer may draw) last,
    since it revokes the tokens every other one is called with."""
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    return sorted(operations, key=lambda operation: operation.label in _SIGNING_OUT)


_SIGNING_OUT = {"DELETE /api/auth/sessions/{session_id}", "POST /api/auth/logout"}


def test_every_operation_is_fuzzed(app: Flask) -> None:
    labels = {op.label for op in _operations(app)}
    assert "POST /api/tasks" in labels
    assert "GET /api/stats" in labels
    assert {"GET /api/trash", "POST /api/trash/{item_id}/restore", "DELETE /api/trash/{item_id}"} <= labels
    assert len(labels) >= 14


def _has_inputs(operation: schemathesis.APIOperation) -> bool:
    raw = operation.definition.raw
    return bool(raw.get("parameters") or raw.get("requestBody"))


@pytest.mark.parametrize("generation", ["positive", "negative"])
def test_api_conforms_to_its_openapi_document(
    app: Flask, tokens: list[dict[str, str]], generation: str
) -> None:
    mode = schemathesis.GenerationMode(generation)
    failures: list[str] = []
    for operation in _operations(app):
        if mode is schemathesis.GenerationMode.NEGATIVE and not _has_inputs(operation):
            continue  # nothing to make invalid

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            # The same examples every run: in negative mode schemathesis sometimes makes a query parameter
            # "invalid" in a way its serialisation then drops (the request sent is valid, the API rightly
            # answers 200, and the check reports an accepted invalid request). Random seeds made that an
            # occasional CI failure that says nothing about the API.
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case) -> None:
            for headers in tokens:
                case.call_and_validate(headers=headers)

        try:
            run()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then fail once
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)
