"""HTTP endpoints for teams: parse, call one service function, respond."""

from __future__ import annotations

from flask import Blueprint, Response, request, url_for

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.projects.schemas import UserRef
from taskforge.teams import service
from taskforge.teams.schemas import (
    TeamCreate,
    TeamDetail,
    TeamList,
    TeamMemberAdd,
    TeamMemberOut,
    TeamMemberUpdate,
    TeamOut,
    TeamUpdate,
)

bp = Blueprint("teams", __name__)
TAGS = ("teams",)
ADMINS = "The team's admins only. "


def _team(view: service.TeamView) -> TeamOut:
    t = view.team
    return TeamOut(
        id=t.id,
        name=t.name,
        description=t.description,
        role=view.role.label,
        member_count=view.member_count,
        created_at=t.created_at,
        updated_at=t.updated_at,
        version=t.version,
    )


def _person(person: service.TeamPerson) -> TeamMemberOut:
    return TeamMemberOut(
        user=UserRef(id=person.user_id, username=person.username),
        role=person.role.label,
        created_at=person.created_at,
    )


@bp.get("")
@operation(
    summary="List the caller's teams", tags=TAGS, responses={200: ResponseSpec(TeamList, "The teams.")}
)
def list_teams(identity: Identity) -> Response:
    return json_response(TeamList(items=[_team(view) for view in service.list_teams(identity=identity)]))


@bp.post("")
@operation(
    idempotent=True,
    summary="Create a team",
    description="The caller becomes its admin.",
    tags=TAGS,
    body=TeamCreate,
    responses={201: ResponseSpec(TeamOut, "The new team.", {"Location": "The team's URL."})},
)
def create_team(identity: Identity, body: TeamCreate) -> Response:
    view = service.create_team(identity=identity, data=body)
    location = {"Location": url_for("teams.get_team", team_id=view.team.id)}
    return json_response(_team(view), 201, location)


@bp.get("/<id:team_id>")
@operation(
    summary="Get a team with its members",
    description="Its members only; anyone else gets 404.",
    tags=TAGS,
    responses={200: ResponseSpec(TeamDetail, "The team.")},
)
def get_team(identity: Identity, team_id: int) -> Response:
    view, people = service.get_team(identity=identity, team_id=team_id)
    response = json_response(TeamDetail(**_team(view).model_dump(), members=[_person(p) for p in people]))
    response.set_etag(service.etag_of(view.team))
    return response


@bp.patch("/<id:team_id>")
@operation(
    summary="Rename or describe a team",
    description=ADMINS + "`If-Match` with the team's ETag refuses the change when someone changed it since.",
    tags=TAGS,
    body=TeamUpdate,
    responses={200: ResponseSpec(TeamOut, "The team.")},
    errors=(403, 412),
)
def update_team(identity: Identity, team_id: int, body: TeamUpdate) -> Response:
    if_match = request.if_match if "If-Match" in request.headers else None
    view = service.update_team(identity=identity, team_id=team_id, changes=body, if_match=if_match)
    response = json_response(_team(view))
    response.set_etag(service.etag_of(view.team))
    return response


@bp.delete("/<id:team_id>")
@operation(
    summary="Delete a team",
    description=ADMINS + "Projects shared with it stay, with their other members; its members keep only "
    "their own grants, from their next request on.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Deleted.")},
    errors=(403,),
)
def delete_team(identity: Identity, team_id: int) -> Response:
    service.delete_team(identity=identity, team_id=team_id)
    return Response(status=204)


@bp.post("/<id:team_id>/members")
@operation(
    summary="Add a person to a team",
    description=ADMINS + "By `username` or `email`, as a member or an admin; they get the team's projects.",
    tags=TAGS,
    body=TeamMemberAdd,
    responses={201: ResponseSpec(TeamMemberOut, "The new member.")},
    errors=(403, 409),
)
def add_member(identity: Identity, team_id: int, body: TeamMemberAdd) -> Response:
    return json_response(_person(service.add_member(identity=identity, team_id=team_id, data=body)), 201)


@bp.patch("/<id:team_id>/members/<id:user_id>")
@operation(
    summary="Make a team member an admin, or a plain member",
    description=ADMINS + "A team always keeps an admin (409).",
    tags=TAGS,
    body=TeamMemberUpdate,
    responses={200: ResponseSpec(TeamMemberOut, "The member.")},
    errors=(403, 409),
)
def update_member(identity: Identity, team_id: int, user_id: int, body: TeamMemberUpdate) -> Response:
    person = service.update_member(identity=identity, team_id=team_id, user_id=user_id, role=body.role)
    return json_response(_person(person))


@bp.delete("/<id:team_id>/members/<id:user_id>")
@operation(
    summary="Remove a person from a team, or leave it",
    description=ADMINS + "Anyone may remove themselves. A team always keeps an admin (409). They lose the "
    "team's projects on their next request (unless a grant of their own remains).",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Removed.")},
    errors=(403, 409),
)
def remove_member(identity: Identity, team_id: int, user_id: int) -> Response:
    service.remove_member(identity=identity, team_id=team_id, user_id=user_id)
    return Response(status=204)
