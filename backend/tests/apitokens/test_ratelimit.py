"""The API-wide limit counts a personal API token's requests against its user, with their session's; made-up
tokens count against the client's address, never against a user."""

from __future__ import annotations

from taskforge.apitokens import service
from taskforge.apitokens.schemas import ApiTokenCreate
from tests.conftest import bearer
from tests.factories import token as signed_token
from tests.test_ratelimit import accounts, make_app  # noqa: F401 - fixtures

TASKS = "/api/tasks"


def test_a_tokens_requests_share_its_users_bucket(make_app, accounts):  # noqa: F811
    app = make_app(api_rate_limit="4/minute")
    alice = accounts()
    with app.app_context():
        session = bearer(signed_token(alice.id))
        data = ApiTokenCreate(name="script", scopes=["tasks:read"])
        _row, secret = service.create_token(user_id=alice.id, data=data)
    token = bearer(secret)
    client = app.test_client()

    # Nothing but the database knows whose a token is: its first request here counts against the address.
    assert client.get(TASKS, headers=token).status_code == 200
    assert [client.get(TASKS, headers=token).status_code for _ in range(3)] == [200] * 3
    assert client.get(TASKS, headers=session).status_code == 200  # the fourth in Alice's bucket
    assert client.get(TASKS, headers=token).status_code == 429
    assert client.get(TASKS, headers=session).status_code == 429

    made_up = bearer("tf_" + "A" * 43)  # the address has spent one request so far
    assert [client.get(TASKS, headers=made_up).status_code for _ in range(4)] == [401] * 3 + [429]
