import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { projectsKeys } from './get-projects'

export type Member = Schemas['MemberOut']
export type MemberRole = Schemas['MemberUpdate']['role']

/** Under `projectsKeys.all`: every project write refreshes the members too. */
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

export function useMembers(projectId: number) {
  return useQuery(membersQueryOptions(projectId))
}
