import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { teamsKeys } from './get-teams'

export type TeamGrant = Schemas['TeamGrantOut']
export type GrantRole = TeamGrant['role']

export const projectTeamsKeys = {
  all: [...teamsKeys.all, 'grants'] as const,
  of: (projectId: number) => [...projectTeamsKeys.all, projectId] as const,
}

/** The teams a project is shared with, each with its role (anyone who sees the project may list them). */
export async function getProjectTeams(projectId: number, signal?: AbortSignal): Promise<TeamGrant[]> {
  return expectData(
    await api.GET('/api/projects/{project_id}/teams', { params: { path: { project_id: projectId } }, signal }),
  ).items
}

export const projectTeamsQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: projectTeamsKeys.of(projectId), queryFn: ({ signal }) => getProjectTeams(projectId, signal) })

export function useProjectTeams(projectId: number) {
  return useQuery(projectTeamsQueryOptions(projectId))
}
