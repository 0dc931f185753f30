"""Request and response models for authentication."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import EMAIL, SAFE_TEXT, TIMEZONE

Username = Annotated[
    str, Field(pattern=r"^[A-Za-z0-9_.-]{3,32}$", description="3-32 characters of A-Z, a-z, 0-9, _ . -")
]
TimeZone = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        description="An IANA time zone name such as Europe/Berlin: where the user's days start.",
        examples=["Europe/Berlin"],
    ),
    TIMEZONE,
]
Password = Annotated[str, Field(min_length=8, max_length=128, description="8-128 characters."), SAFE_TEXT]


class RegisterIn(StrictIn):
    username: Username
    email: Annotated[str, Field(min_length=3, max_length=254), EMAIL]
    password: Password
    timezone: TimeZone = "UTC"


class LoginIn(StrictIn):
    username: Annotated[
        str, Field(min_length=1, max_length=254, description="A username or an email address."), SAFE_TEXT
    ]
    password: Annotated[
        str, Field(min_length=1, max_length=128, description="The account's password."), SAFE_TEXT
    ]


class LogoutIn(StrictIn):
    refresh_token: Annotated[str, Field(min_length=1, max_length=4096), SAFE_TEXT] | None = Field(
        default=None, description="Also revoke this refresh token."
    )


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    email: str
    timezone: str
    created_at: datetime
    calendar_feed: bool = Field(
        description="Whether a calendar feed URL is active (`POST /api/auth/calendar-token` issues one)."
    )
    two_factor: bool = Field(description="Whether sign-in asks for a code from an authenticator app.")
    email_verified: bool = Field(
        description="Whether the address is shown to be the account's (no notification email until it is)."
    )


class UserUpdate(StrictIn):
    """Only the fields sent are changed."""

    timezone: TimeZone | MISSING = MISSING


class TokenOut(BaseModel):
    user: UserOut
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - a scheme name, not a secret
    expires_in: int = Field(description="Seconds until the access token expires.")


class CalendarTokenOut(BaseModel):
    token: str = Field(description="The feed's secret, shown once: TaskForge keeps only its hash.")
    url: str = Field(
        description="The feed's address, for a calendar app's \"subscribe by URL\" (anyone holding it can "
        "read the feed: rotate it if it leaks)."
    )
