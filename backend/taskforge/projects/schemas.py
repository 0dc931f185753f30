"""Request and response models for projects, their members, team grants and read-only links."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import MISSING, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from taskforge.access.roles import GrantedRoleName, RoleName
from taskforge.api.schemas import StrictIn
from taskforge.api.types import EMAIL, SAFE_TEXT, TRIMMED_TEXT
from taskforge.db import MAX_ID
from taskforge.tags.schemas import Color

Name = Annotated[
    str, Field(min_length=1, max_length=100, description="1-100 characters; trimmed."), TRIMMED_TEXT
]
Description = Annotated[str, Field(max_length=10_000), SAFE_TEXT]
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


class ProjectCreate(StrictIn):
    name: Name
    description: Description | None = None
    color: Color | None = Field(default=None, description="#rrggbb; a neutral grey when left out.")
    favorite: bool = False


class ProjectUpdate(StrictIn):
    """Only the fields sent are changed. `favorite` is the caller's own (any member may set it); the rest is
    the project's (admins and the owner)."""

    name: Name | MISSING = MISSING
    description: Description | MISSING | None = MISSING
    color: Color | MISSING = MISSING
    archived: bool | MISSING = Field(
        default=MISSING, description="Archived projects are read-only and left out of default task lists."
    )
    favorite: bool | MISSING = MISSING


class ProjectListQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    archived: bool | None = Field(default=None, description="true: only archived; false: only active.")


class Counts(BaseModel):
    open: int = Field(description="Open top-level tasks.")
    completed: int = Field(description="Completed top-level tasks.")


class ProjectOut(BaseModel):
    id: int
    name: str
    description: str | None
    color: str
    archived: bool
    inbox: bool = Field(description="The caller's Inbox: never shared, archived or deleted.")
    favorite: bool = Field(description="The caller's own setting.")
    position: str = Field(description="The caller's own order key for the project (POST .../move).")
    owner_id: int
    role: RoleName = Field(description="The caller's role: the highest of their direct and team grants.")
    member_count: int = Field(description="People with access, directly or through a team.")
    counts: Counts
    created_at: datetime
    updated_at: datetime
    version: int


class ProjectList(BaseModel):
    items: list[ProjectOut] = Field(description="The Inbox first, then in the caller's own order.")


class MoveIn(StrictIn):
    """Exactly one of the two."""

    before_id: Id | None = Field(default=None, description="Place the project right before this one.")
    after_id: Id | None = Field(default=None, description="Place the project right after this one.")

    @model_validator(mode="after")
    def _one_target(self) -> MoveIn:
        if (self.before_id is None) == (self.after_id is None):
            raise PydanticCustomError("one_target", "give exactly one of `before_id` and `after_id`")
        return self


Username = Annotated[str, Field(min_length=1, max_length=32), SAFE_TEXT]
Email = Annotated[str, Field(min_length=3, max_length=254), EMAIL]


class PersonIn(StrictIn):
    """Exactly one of `username` and `email`: an existing account."""

    username: Username | None = None
    email: Email | None = None

    @model_validator(mode="after")
    def _one_way(self) -> PersonIn:
        if (self.username is None) == (self.email is None):
            raise PydanticCustomError("one_person", "give exactly one of `username` and `email`")
        return self


class MemberAdd(PersonIn):
    role: GrantedRoleName = "editor"


class MemberUpdate(StrictIn):
    role: GrantedRoleName


class TransferIn(StrictIn):
    user_id: Id = Field(description="A direct member, who becomes the owner; the owner becomes an admin.")


class UserRef(BaseModel):
    """A person, as others see them."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class MemberOut(BaseModel):
    user: UserRef
    role: RoleName = Field(description="Their direct role (a team may give them a higher one).")
    effective_role: RoleName = Field(description="The highest of their direct and team grants.")
    created_at: datetime


class MemberList(BaseModel):
    items: list[MemberOut] = Field(description="Direct members: the owner first, then by username.")


class PersonOut(BaseModel):
    user: UserRef
    role: RoleName = Field(description="Their effective role: the highest of their direct and team grants.")


class PeopleList(BaseModel):
    items: list[PersonOut] = Field(description="The highest role first, then by username.")


class TeamGrantIn(StrictIn):
    team_id: Id = Field(description="A team the caller belongs to.")
    role: GrantedRoleName = "editor"


class TeamGrantUpdate(StrictIn):
    role: GrantedRoleName


class TeamRef(BaseModel):
    id: int
    name: str


class TeamGrantOut(BaseModel):
    team: TeamRef
    role: GrantedRoleName
    member_count: int
    created_at: datetime


class TeamGrantList(BaseModel):
    items: list[TeamGrantOut]


class LinkOut(BaseModel):
    id: int
    created_at: datetime
    created_by: UserRef | None


class LinkList(BaseModel):
    items: list[LinkOut]


class LinkCreated(LinkOut):
    token: str = Field(description="Shown once: only its SHA-256 is stored.")
    url: str = Field(description="The read-only page in the web app (`/shared/<token>`).")
    api_url: str = Field(description="The same project through the API (`/api/shared/<token>`).")
