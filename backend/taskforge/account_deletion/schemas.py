"""Request and response models for deleting one's own account."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from taskforge.api.schemas import StrictIn
from taskforge.api.types import SAFE_TEXT
from taskforge.db import MAX_ID
from taskforge.projects.schemas import UserRef

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
MAX_CHOICES = 1_000


class TransferChoice(StrictIn):
    id: Id = Field(description="A project the account owns.")
    action: Literal["transfer"]
    to_user_id: Id = Field(description="Who owns it from now on: someone who may use it now.")


class DeleteChoice(StrictIn):
    id: Id = Field(description="A project the account owns.")
    action: Literal["delete"]


ProjectChoice = Annotated[TransferChoice | DeleteChoice, Field(discriminator="action")]


class AccountDeletionIn(StrictIn):
    password: Annotated[
        str, Field(min_length=1, max_length=128, description="The account's password."), SAFE_TEXT
    ]
    projects: list[ProjectChoice] = Field(
        default_factory=list,
        max_length=MAX_CHOICES,
        description="What becomes of each owned project that other people use (each listed once); the "
        "owned projects no one else uses are deleted.",
    )


class SharedProjectOut(BaseModel):
    id: int
    name: str
    members_count: int = Field(description="How many other people use it (directly or through a team).")
    members: list[UserRef] = Field(description="Who it can be transferred to, by name.")


class OwnProjectOut(BaseModel):
    id: int
    name: str
    tasks_count: int


class DeletionPreview(BaseModel):
    shared_projects: list[SharedProjectOut] = Field(
        description="Owned projects other people use: each needs `transfer` or `delete` in the request."
    )
    deleted_projects: list[OwnProjectOut] = Field(
        description="Owned projects no one else uses (the Inbox among them), deleted with their tasks."
    )
    tags_count: int = Field(description="The account's tags, deleted (and taken off every task).")
    kept_tasks_count: int = Field(
        description="Tasks it created in projects that stay: kept, as created by each project's owner."
    )
    kept_comments_count: int = Field(
        description="Comments it wrote in projects that stay: kept, shown as by a deleted account."
    )
