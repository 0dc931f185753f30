"""Personal API tokens issued straight through the service, for tests that use them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from taskforge.apitokens import service
from taskforge.apitokens.schemas import ApiTokenCreate
from tests.conftest import bearer


@pytest.fixture
def issue(app) -> Callable[..., dict[str, str]]:
    """`issue(user, *scopes)`: the Authorization header of a new token of the user's with those scopes."""

    def make(user: object, *scopes: str, expires_at: datetime | None = None) -> dict[str, str]:
        data = ApiTokenCreate.model_validate(
            {"name": "test", "scopes": list(scopes), "expires_at": expires_at}
        )
        _row, secret = service.create_token(user_id=user.id, data=data)  # type: ignore[attr-defined]
        return bearer(secret)

    return make
