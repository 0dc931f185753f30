import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type SharedProject = Schemas['SharedProject']

/** Every read-only link query key starts here. */
export const sharedKeys = {
  all: ['shared'] as const,
  project: (token: string) => [...sharedKeys.all, token, 'project'] as const,
  tasks: (token: string, completed: boolean) => [...sharedKeys.all, token, 'tasks', completed] as const,
}

/** How often a link's page looks for changes (it has no account, so no event stream). */
export const SHARED_REFRESH_MS = 60_000

/** The project behind a read-only link, with its sections; no account needed. Throws ApiError (404 once revoked). */
export async function getSharedProject(token: string, signal?: AbortSignal): Promise<SharedProject> {
  return expectData(await api.GET('/api/shared/{token}', { params: { path: { token } }, signal }))
}

export const sharedProjectQueryOptions = (token: string) =>
  queryOptions({
    queryKey: sharedKeys.project(token),
    queryFn: ({ signal }) => getSharedProject(token, signal),
    refetchInterval: SHARED_REFRESH_MS,
  })

export function useSharedProject(token: string) {
  return useQuery(sharedProjectQueryOptions(token))
}
