"""Response models shared by every feature (problem details)."""

from __future__ import annotations

from pydantic import BaseModel, Field


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
