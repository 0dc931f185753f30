"""Who is calling: the verified token's claims and user id (no user row is loaded)."""

from typing import Any

from taskforge.auth.bearer import current_claims


def current_token_claims() -> dict[str, Any]:
    """The claims of the token the operation authenticated; only call inside an authenticated operation."""
    claims = current_claims()
    if claims is None:
        raise RuntimeError("no authenticated token: the view's operation must authenticate")
    return claims


def current_user_id() -> int:
    """The authenticated user's id; only call inside an authenticated operation."""
    return int(current_token_claims()["sub"])
