"""Request and response models for sessions and the password change."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import SAFE_TEXT
from taskforge.auth.schemas import Password


class SessionOut(BaseModel):
    id: int
    device: str = Field(description='A short label from the User-Agent, such as "Firefox on Windows".')
    address: str = Field(description="The client address it signed in from.")
    created_at: datetime = Field(description="When it signed in.")
    last_used_at: datetime = Field(description="Its last sign-in or token refresh (not every request).")
    current: bool = Field(description="Whether it is the session of the token making this request.")


class SessionList(BaseModel):
    items: list[SessionOut] = Field(description="Live sessions, most recently used first (at most 100).")


class RevokedCount(BaseModel):
    revoked: int = Field(description="How many sessions were signed out.")


class PasswordChangeIn(StrictIn):
    current_password: Annotated[
        str, Field(min_length=1, max_length=128, description="The account's password now."), SAFE_TEXT
    ]
    new_password: Password
