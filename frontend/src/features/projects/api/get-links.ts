import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { projectsKeys } from './get-projects'

export type ShareLink = Schemas['LinkOut']

/** Under `projectsKeys.all`: every project write refreshes the links too. */
export const linksKeys = {
  all: [...projectsKeys.all, 'links'] as const,
  of: (projectId: number) => [...linksKeys.all, projectId] as const,
}

/** The project's read-only links (admins): who made each and when; never their secret. Throws ApiError (403). */
export async function getLinks(projectId: number, signal?: AbortSignal): Promise<ShareLink[]> {
  return expectData(
    await api.GET('/api/projects/{project_id}/links', { params: { path: { project_id: projectId } }, signal }),
  ).items
}

export const linksQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: linksKeys.of(projectId), queryFn: ({ signal }) => getLinks(projectId, signal) })

export function useLinks(projectId: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...linksQueryOptions(projectId), enabled })
}
