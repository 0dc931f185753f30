"""Request and response models for personal API tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from taskforge.api.schemas import StrictIn
from taskforge.api.types import TRIMMED_TEXT, IsoDatetime
from taskforge.apitokens.scopes import SCOPES

Scope = Literal["tasks:read", "tasks:write", "projects:read", "projects:write", "webhooks", "account:read"]
_SCOPE_HELP = "; ".join(f"`{name}`: {text}" for name, text in SCOPES.items())


class ApiTokenCreate(StrictIn):
    name: Annotated[
        str, Field(min_length=1, max_length=100, description="1-100 characters; trimmed."), TRIMMED_TEXT
    ]
    scopes: list[Scope] = Field(
        min_length=1,
        max_length=len(SCOPES),
        description=f"What the token may do (a repeat counts once). {_SCOPE_HELP}",
    )
    expires_at: IsoDatetime | None = Field(
        default=None, description="When the token stops working (in the future); never when left out."
    )


class ApiTokenOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    scopes: list[Scope]
    prefix: str = Field(description="The token's first characters (`tf_` and 8 more), to recognise it by.")
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None = Field(
        description="When the token was last used, to within five minutes; null when never."
    )

    @field_validator("scopes", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        return value.split() if isinstance(value, str) else value


class ApiTokenCreated(ApiTokenOut):
    token: str = Field(description="The token (`tf_` and 43 characters): shown this once, never again.")


class ApiTokenList(BaseModel):
    items: list[ApiTokenOut]
