import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '../api/client'
import { expectData } from '../api/problem'
import { projectsKeys } from './projects-query'

export type Member = Schemas['MemberOut']
export type UserRef = Schemas['UserRef']

/**
 * A project's direct members, for the share dialog (features/projects/api/get-members.ts is this same query).
 * Under `projectsKeys.all`: every project write refreshes the members too. Everyone who can see the project,
 * teams included, is people-query.ts.
 */
export const membersKeys = {
  all: [...projectsKeys.all, 'members'] as const,
  of: (projectId: number) => [...membersKeys.all, projectId] as const,
}

/** The project's direct members, the owner first (anyone who sees the project may list them). */
export async function getMembers(projectId: number, signal?: AbortSignal): Promise<Member[]> {
  return expectData(
    await api.GET('/api/projects/{project_id}/members', { params: { path: { project_id: projectId } }, signal }),
  ).items
}

export const membersQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: membersKeys.of(projectId), queryFn: ({ signal }) => getMembers(projectId, signal) })

/** The members of project `projectId`; nothing is fetched while it is null. */
export function useMembers(projectId: number | null) {
  return useQuery({ ...membersQueryOptions(projectId ?? 0), enabled: projectId !== null })
}
