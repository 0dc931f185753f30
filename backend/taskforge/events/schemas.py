"""Request and response models for the event stream."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from taskforge.events.tickets import TICKET_PATTERN


class EventsQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ticket: Annotated[str, Field(pattern=TICKET_PATTERN)] | None = Field(
        default=None,
        description="A ticket from `POST /api/events/ticket`, for EventSource (which cannot send an "
        "Authorization header). Without it, the request must carry a Bearer access token.",
    )


class TicketOut(BaseModel):
    ticket: str = Field(description="Open the stream with `GET /api/events?ticket=...`; it works once.")
    expires_in: int = Field(description="Seconds it stays valid.")
