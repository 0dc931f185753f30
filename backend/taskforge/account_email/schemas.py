"""Request and response models for the account email endpoints."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from taskforge.account_email.tokens import TOKEN_PATTERN
from taskforge.api.schemas import StrictIn
from taskforge.api.types import EMAIL, SAFE_TEXT
from taskforge.auth.schemas import Password

Email = Annotated[str, Field(min_length=3, max_length=254), EMAIL]
Token = Annotated[
    str,
    Field(
        min_length=43, max_length=43, pattern=TOKEN_PATTERN, description="The token the email's link holds."
    ),
]
CurrentPassword = Annotated[
    str, Field(min_length=1, max_length=128, description="The account's password."), SAFE_TEXT
]


class ResetRequestIn(StrictIn):
    email: Email


class ResetConfirmIn(StrictIn):
    token: Token
    password: Password


class TokenIn(StrictIn):
    token: Token


class EmailChangeIn(StrictIn):
    email: Email = Field(description="The new address: a link sent there confirms the change.")
    password: CurrentPassword


class Accepted(BaseModel):
    detail: str = Field(description="What happens next.")


RESET_ACCEPTED = Accepted(
    detail="If an account uses that address, we sent a link to it. The link works once, for 30 minutes."
)
