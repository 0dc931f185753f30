"""Models shared by every feature: the strict base of request bodies, and problem details."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class StrictIn(BaseModel):
    """A request body: no type coercion (no bool for an int, no number for a string), no unknown fields."""

    model_config = ConfigDict(strict=True, extra="forbid")


class FieldErrorOut(BaseModel):
    field: str = Field(description="The failing field as a path, such as `tasks[3].title`.")
    message: str


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    type: str
    title: str
    status: int
    detail: str
    request_id: str
    errors: list[FieldErrorOut] | None = Field(
        default=None, description="Present on validation errors (422)."
    )
