"""Roles: on a project (each includes the ones below it) and in a team."""

from __future__ import annotations

from enum import IntEnum
from typing import Literal


class Role(IntEnum):
    """A person's role on a project, stored as its number; a higher role can do all a lower one can."""

    VIEWER = 1  # read only
    EDITOR = 2  # create, change, complete, move and delete tasks
    ADMIN = 3  # manage members, teams, links and sections; rename and archive
    OWNER = 4  # exactly one per project: delete it, transfer it

    @property
    def label(self) -> RoleName:
        label: RoleName = self.name.lower()  # type: ignore[assignment]
        return label

    @classmethod
    def named(cls, name: str) -> Role:
        return cls[name.upper()]


class TeamRole(IntEnum):
    MEMBER = 1
    ADMIN = 2  # rename, delete, manage members

    @property
    def label(self) -> TeamRoleName:
        label: TeamRoleName = self.name.lower()  # type: ignore[assignment]
        return label

    @classmethod
    def named(cls, name: str) -> TeamRole:
        return cls[name.upper()]


RoleName = Literal["viewer", "editor", "admin", "owner"]
GrantedRoleName = Literal["viewer", "editor", "admin"]  # what can be given: ownership is transferred
TeamRoleName = Literal["member", "admin"]
