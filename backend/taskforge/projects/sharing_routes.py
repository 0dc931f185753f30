"""HTTP endpoints for sharing a project: its members, its team grants, its read-only links, leaving it and
handing it over."""

from __future__ import annotations

from flask import Blueprint, Response, url_for

from taskforge.access.identity import Identity
from taskforge.api.operations import ResponseSpec, json_response, operation
from taskforge.projects import links, members, people, team_grants
from taskforge.projects.schemas import (
    LinkCreated,
    LinkList,
    LinkOut,
    MemberAdd,
    MemberList,
    MemberOut,
    MemberUpdate,
    PeopleList,
    PersonOut,
    TeamGrantIn,
    TeamGrantList,
    TeamGrantOut,
    TeamGrantUpdate,
    TeamRef,
    TransferIn,
    UserRef,
)

bp = Blueprint("sharing", __name__)
TAGS = ("sharing",)
ADMINS = "Admins and the owner only. "


def _member(member: members.Member) -> MemberOut:
    return MemberOut(
        user=UserRef(id=member.user_id, username=member.username),
        role=member.role.label,
        effective_role=member.effective_role.label,
        created_at=member.created_at,
    )


def _grant(grant: team_grants.TeamGrant) -> TeamGrantOut:
    return TeamGrantOut(
        team=TeamRef(id=grant.team_id, name=grant.team_name),
        role=grant.role.label,
        member_count=grant.member_count,
        created_at=grant.created_at,
    )


def _link(link: links.Link) -> LinkOut:
    creator = link.link.created_by
    return LinkOut(
        id=link.link.id,
        created_at=link.link.created_at,
        created_by=None
        if creator is None or link.created_by is None
        else UserRef(id=creator, username=link.created_by),
    )


@bp.get("/<id:project_id>/members")
@operation(
    summary="List a project's members",
    description="Its direct members (the owner first); teams it is shared with are at `/teams`.",
    tags=TAGS,
    responses={200: ResponseSpec(MemberList, "The members.")},
)
def list_members(identity: Identity, project_id: int) -> Response:
    found = members.list_members(identity=identity, project_id=project_id)
    return json_response(MemberList(items=[_member(member) for member in found]))


@bp.get("/<id:project_id>/people")
@operation(
    summary="List everyone who can see a project",
    description="Its members and the members of the teams it is shared with, each once, with the highest "
    "role they have: editors and up may be assigned its tasks, anyone here may be `@`-mentioned.",
    tags=TAGS,
    responses={200: ResponseSpec(PeopleList, "The people.")},
)
def list_people(identity: Identity, project_id: int) -> Response:
    found = people.list_people(identity=identity, project_id=project_id)
    items = [PersonOut(user=UserRef(id=p.user_id, username=p.username), role=p.role.label) for p in found]
    return json_response(PeopleList(items=items))


@bp.post("/<id:project_id>/members")
@operation(
    summary="Share a project with a person",
    description=ADMINS
    + "By `username` or `email` of an existing account, with a role (viewer, editor, admin). "
    "They see it at once; their Inbox's stream tells them (`shared`). The Inbox is never shared (409).",
    tags=TAGS,
    body=MemberAdd,
    responses={201: ResponseSpec(MemberOut, "The new member.")},
    errors=(403, 409),
)
def add_member(identity: Identity, project_id: int, body: MemberAdd) -> Response:
    return json_response(
        _member(members.add_member(identity=identity, project_id=project_id, data=body)), 201
    )


@bp.patch("/<id:project_id>/members/<id:user_id>")
@operation(
    summary="Change a member's role",
    description=ADMINS + "Never the owner's (a transfer changes that). Takes effect on their next request.",
    tags=TAGS,
    body=MemberUpdate,
    responses={200: ResponseSpec(MemberOut, "The member.")},
    errors=(403, 409),
)
def update_member(identity: Identity, project_id: int, user_id: int, body: MemberUpdate) -> Response:
    member = members.update_member(identity=identity, project_id=project_id, user_id=user_id, role=body.role)
    return json_response(_member(member))


@bp.delete("/<id:project_id>/members/<id:user_id>")
@operation(
    summary="Remove a member",
    description=ADMINS + "Anyone may remove themselves (as `/members/me`); never the owner. Takes effect on "
    "their next request: no cached page or open event stream shows them the project again.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Removed.")},
    errors=(403, 409),
)
def remove_member(identity: Identity, project_id: int, user_id: int) -> Response:
    members.remove_member(identity=identity, project_id=project_id, user_id=user_id)
    return Response(status=204)


@bp.delete("/<id:project_id>/members/me")
@operation(
    summary="Leave a project",
    description="Ends the caller's direct membership (a team's grant stays). The owner cannot leave "
    "before transferring the project (409).",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Left.")},
    errors=(403, 409),
)
def leave(identity: Identity, project_id: int) -> Response:
    members.remove_member(identity=identity, project_id=project_id, user_id=identity.user_id)
    return Response(status=204)


@bp.post("/<id:project_id>/transfer")
@operation(
    summary="Hand a project to another member",
    description="The owner only. The new owner must be a direct member; the previous owner stays, an admin.",
    tags=TAGS,
    body=TransferIn,
    responses={200: ResponseSpec(MemberOut, "The new owner.")},
    errors=(403, 409),
)
def transfer(identity: Identity, project_id: int, body: TransferIn) -> Response:
    return json_response(
        _member(members.transfer(identity=identity, project_id=project_id, user_id=body.user_id))
    )


@bp.get("/<id:project_id>/teams")
@operation(
    summary="List the teams a project is shared with",
    tags=TAGS,
    responses={200: ResponseSpec(TeamGrantList, "The team grants.")},
)
def list_team_grants(identity: Identity, project_id: int) -> Response:
    found = team_grants.list_team_grants(identity=identity, project_id=project_id)
    return json_response(TeamGrantList(items=[_grant(grant) for grant in found]))


@bp.post("/<id:project_id>/teams")
@operation(
    summary="Share a project with a team",
    description=ADMINS + "With a team the caller belongs to; each of its members gets the role (at least: "
    "a person's role is the highest of their direct and team grants).",
    tags=TAGS,
    body=TeamGrantIn,
    responses={201: ResponseSpec(TeamGrantOut, "The grant.")},
    errors=(403, 409),
)
def share_with_team(identity: Identity, project_id: int, body: TeamGrantIn) -> Response:
    grant = team_grants.share_with_team(identity=identity, project_id=project_id, data=body)
    return json_response(_grant(grant), 201)


@bp.patch("/<id:project_id>/teams/<id:team_id>")
@operation(
    summary="Change a team grant's role",
    description=ADMINS,
    tags=TAGS,
    body=TeamGrantUpdate,
    responses={200: ResponseSpec(TeamGrantOut, "The grant.")},
    errors=(403, 409),
)
def update_team_grant(identity: Identity, project_id: int, team_id: int, body: TeamGrantUpdate) -> Response:
    grant = team_grants.update_team_grant(
        identity=identity, project_id=project_id, team_id=team_id, role=body.role
    )
    return json_response(_grant(grant))


@bp.delete("/<id:project_id>/teams/<id:team_id>")
@operation(
    summary="Stop sharing a project with a team",
    description=ADMINS + "Its members keep only their own grants; it takes effect on their next request.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Removed.")},
    errors=(403, 409),
)
def remove_team_grant(identity: Identity, project_id: int, team_id: int) -> Response:
    team_grants.remove_team_grant(identity=identity, project_id=project_id, team_id=team_id)
    return Response(status=204)


@bp.get("/<id:project_id>/links")
@operation(
    summary="List a project's read-only links",
    description=ADMINS + "Their secrets are never shown again.",
    tags=TAGS,
    responses={200: ResponseSpec(LinkList, "The links.")},
    errors=(403,),
)
def list_links(identity: Identity, project_id: int) -> Response:
    found = links.list_links(identity=identity, project_id=project_id)
    return json_response(LinkList(items=[_link(link) for link in found]))


@bp.post("/<id:project_id>/links")
@operation(
    summary="Create a read-only link to a project",
    description=ADMINS + "Anyone with the URL reads the project and its tasks, without an account, until "
    "the link is deleted. The secret is shown once; only its SHA-256 is stored. Never for the Inbox (409).",
    tags=TAGS,
    responses={201: ResponseSpec(LinkCreated, "The link, with its secret.")},
    errors=(403, 409),
)
def create_link(identity: Identity, project_id: int) -> Response:
    link, token = links.create_link(identity=identity, project_id=project_id)
    api_url = url_for("shared.get_shared_project", token=token, _external=True)
    out = LinkCreated(
        **_link(link).model_dump(),
        token=token,
        url=api_url.replace("/api/shared/", "/shared/"),
        api_url=api_url,
    )
    return json_response(out, 201)


@bp.delete("/<id:project_id>/links/<id:link_id>")
@operation(
    summary="Revoke a read-only link",
    description=ADMINS + "It stops working on the next request.",
    tags=TAGS,
    responses={204: ResponseSpec(None, "Revoked.")},
    errors=(403, 409),
)
def revoke_link(identity: Identity, project_id: int, link_id: int) -> Response:
    links.revoke_link(identity=identity, project_id=project_id, link_id=link_id)
    return Response(status=204)
