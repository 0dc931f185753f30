"""Request and response models for push subscriptions."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import SAFE_TEXT

Base64Url = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]+={0,2}$")]


class PushKeys(StrictIn):
    p256dh: Annotated[Base64Url, Field(min_length=80, max_length=128)] = Field(
        description="The browser's P-256 public key (65 bytes), base64url."
    )
    auth: Annotated[Base64Url, Field(min_length=16, max_length=64)] = Field(
        description="The browser's 16-byte authentication secret, base64url."
    )


class PushSubscriptionIn(StrictIn):
    """What `PushSubscription.toJSON()` gives in the browser (`expirationTime` is accepted and ignored)."""

    endpoint: Annotated[
        str, Field(min_length=12, max_length=2048, pattern=r"^https?://[!-~]+$"), SAFE_TEXT
    ] = Field(description="The push service's URL for this browser (https; http only outside production).")
    keys: PushKeys
    expirationTime: int | None = None  # noqa: N815 - the browser's own name


class PushSubscriptionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    endpoint: str
    user_agent: str | None
    created_at: datetime


class PushSubscriptionList(BaseModel):
    items: list[PushSubscriptionOut]


class PushKey(BaseModel):
    public_key: str = Field(
        description="The server's VAPID public key: `applicationServerKey` for subscribe()."
    )
