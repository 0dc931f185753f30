"""Request and response models for the trash."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel

from taskforge.projects.schemas import ProjectOut, UserRef
from taskforge.tasks.schemas import TaskOut

ItemKind = Literal["task", "project"]
# `task-<id>` or `project-<id>`: the id of the task or project itself.
ITEM_ID = r"(?:task|project)-[1-9][0-9]{0,18}"


class TrashQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    per_page: int = Field(default=50, ge=1, le=100)
    after: Annotated[str, Field(min_length=1, max_length=200)] | None = Field(
        default=None, description="Keyset pagination: the `next_after` of the previous page."
    )


class TrashItem(BaseModel):
    id: str = Field(description="`task-<id>` or `project-<id>`.", examples=["task-42"])
    kind: ItemKind
    title: str = Field(description="The task's title or the project's name.")
    project_id: int
    project_name: str
    deleted_at: datetime
    deleted_by: UserRef | None = Field(description="Who deleted it (null when their account is gone).")
    purge_at: datetime = Field(description="When the worker purges it for good (deleted_at + retention).")
    subtask_count: int | None = Field(
        default=None, description="A task: how many subtasks (all levels) come back with it."
    )
    task_count: int | None = Field(default=None, description="A project: how many tasks come back with it.")


class TrashPage(BaseModel):
    items: list[TrashItem] = Field(description="Newest deletion first.")
    next_after: str | None = Field(description="Pass as `after` for the next page; null on the last page.")


class RestoredTask(BaseModel):
    kind: Literal["task"] = "task"
    task: TaskOut = Field(description="The task as GET /api/tasks/<id> returns it.")


class RestoredProject(BaseModel):
    kind: Literal["project"] = "project"
    project: ProjectOut = Field(description="The project as GET /api/projects/<id> returns it.")


class Restored(RootModel[Annotated[RestoredTask | RestoredProject, Field(discriminator="kind")]]):
    """What came back: a task or a project, told apart by `kind`."""
