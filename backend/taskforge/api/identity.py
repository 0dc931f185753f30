"""Who is calling: the user id carried by the verified access token (no user row is loaded)."""

from flask_jwt_extended import get_jwt_identity


def current_user_id() -> int:
    """The authenticated user's id; only call after the operation verified the token."""
    return int(get_jwt_identity())
