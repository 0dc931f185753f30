"""Request and response models for push subscriptions."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from taskforge.api.schemas import StrictIn

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

    # Visible ASCII but [ ] and \ (so no NUL, no lone surrogate, a short index entry, and nothing a URL parser
    # refuses: brackets are IPv6 literals, which no push service uses); not SAFE_TEXT, whose own pattern would
    # take this one's place in the OpenAPI document.
    endpoint: Annotated[str, Field(min_length=12, max_length=2048, pattern=r"^https?://[!-Z^-~]+$")] = Field(
        description="The push service's URL for this browser: visible ASCII; in production the https URL of "
        "a browser push service (FCM, Mozilla, Apple, Windows)."
    )
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
