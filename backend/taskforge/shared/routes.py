"""HTTP endpoints of a read-only link: the project and its tasks, for anyone who holds the secret URL. The
holder is a viewer of that one project (access/identity.py), so every rule of the API applies as it does to
a member; nothing is cached, and a revoked link answers 404 on the next request."""

from __future__ import annotations

from flask import Blueprint, Response
from pydantic import BaseModel, Field

from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.errors import FieldError, ValidationFailed
from taskforge.projects.links import link_identity
from taskforge.projects.service import get_project
from taskforge.sections.schemas import SectionOut
from taskforge.sections.service import sections_of
from taskforge.tasks.listing import list_tasks
from taskforge.tasks.schemas import TaskListQuery, TaskOut, TaskPage

bp = Blueprint("shared", __name__)
TAGS = ("shared",)


class SharedProject(BaseModel):
    id: int
    name: str
    description: str | None
    color: str
    archived: bool
    open: int = Field(description="Open top-level tasks.")
    completed: int = Field(description="Completed top-level tasks.")
    sections: list[SectionOut]


@bp.get("/<share:token>")
@operation(
    summary="A project shared by a read-only link",
    description="No account needed: the secret in the URL is the credential. 404 once the link is revoked.",
    tags=TAGS,
    auth=None,
    responses={200: ResponseSpec(SharedProject, "The project and its sections.")},
    errors=(404, 429),
)
def get_shared_project(token: str) -> Response:
    identity = link_identity(token)
    (project_id,) = identity.grants
    view = get_project(identity=identity, project_id=project_id)
    sections = [SectionOut.model_validate(section) for section in sections_of([project_id])]
    p = view.project
    return json_response(
        SharedProject(
            id=p.id,
            name=p.name,
            description=p.description,
            color=p.color,
            archived=p.archived,
            open=view.counts.open,
            completed=view.counts.completed,
            sections=sections,
        )
    )


@bp.get("/<share:token>/tasks")
@operation(
    summary="The tasks of a project shared by a read-only link",
    description="The filters, sorts and pages of `GET /api/tasks`, over this project alone; who the tasks "
    "are assigned to is not shown (`assignees` is empty, `assignee` is refused).",
    tags=TAGS,
    auth=None,
    query=TaskListQuery,
    responses={200: ResponseSpec(TaskPage, "One page of tasks.")},
    errors=(404, 429),
)
def list_shared_tasks(token: str, query: TaskListQuery) -> Response:
    identity = link_identity(token)
    if query.assignee is not None:  # who is in the project is not the link holder's to know
        raise ValidationFailed(
            [FieldError(field="assignee", message="is not available through a shared link")]
        )
    scoped = query.model_copy(update={"project_id": list(identity.grants)})
    page = list_tasks(identity=identity, query=scoped)
    return json_response(
        TaskPage(
            items=[
                TaskOut.of(shown.task, shown.subtasks).model_copy(update={"assignees": []})
                for shown in page.shown()
            ],
            page=page.page,
            per_page=page.per_page,
            total=page.total,
            pages=page.pages,
            next_cursor=page.next_cursor,
        )
    )
