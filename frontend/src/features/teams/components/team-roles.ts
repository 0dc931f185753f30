import type { TeamRole } from '../api/get-teams'

/** A team's roles in the words the UI uses. */
export const TEAM_ROLES: readonly { value: TeamRole; label: string }[] = [
  { value: 'member', label: 'Member' },
  { value: 'admin', label: 'Admin' },
]

export const isTeamRole = (value: string): value is TeamRole => TEAM_ROLES.some((role) => role.value === value)

export const teamRoleLabel = (role: TeamRole): string => (role === 'admin' ? 'Admin' : 'Member')
