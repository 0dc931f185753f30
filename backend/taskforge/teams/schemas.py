"""Request and response models for teams."""

from __future__ import annotations

from datetime import datetime

from pydantic import MISSING, BaseModel, Field

from taskforge.access.roles import TeamRoleName
from taskforge.api.schemas import StrictIn
from taskforge.projects.schemas import Description, Name, PersonIn, UserRef


class TeamCreate(StrictIn):
    name: Name
    description: Description | None = None


class TeamUpdate(StrictIn):
    """Only the fields sent are changed."""

    name: Name | MISSING = MISSING
    description: Description | MISSING | None = MISSING


class TeamMemberAdd(PersonIn):
    role: TeamRoleName = "member"


class TeamMemberUpdate(StrictIn):
    role: TeamRoleName


class TeamMemberOut(BaseModel):
    user: UserRef
    role: TeamRoleName
    created_at: datetime


class TeamOut(BaseModel):
    id: int
    name: str
    description: str | None
    role: TeamRoleName = Field(description="The caller's role in the team.")
    member_count: int
    created_at: datetime
    updated_at: datetime
    version: int


class TeamDetail(TeamOut):
    members: list[TeamMemberOut] = Field(description="Admins first, then by username.")


class TeamList(BaseModel):
    items: list[TeamOut] = Field(description="The caller's teams, by name.")


class TeamMemberList(BaseModel):
    items: list[TeamMemberOut]
