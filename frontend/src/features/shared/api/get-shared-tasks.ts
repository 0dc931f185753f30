import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { SHARED_REFRESH_MS, sharedKeys } from './get-shared-project'

export type SharedTask = Schemas['TaskOut']
export type SharedTaskPage = Schemas['TaskPage']

const PER_PAGE = 100

/** One page of a shared project's top-level tasks in the project's order. Throws ApiError (404 once revoked). */
export async function getSharedTasks(
  token: string,
  { completed, page }: { completed: boolean; page: number },
  signal?: AbortSignal,
): Promise<SharedTaskPage> {
  return expectData(
    await api.GET('/api/shared/{token}/tasks', {
      params: { path: { token }, query: { completed, page, per_page: PER_PAGE, sort: 'position', order: 'asc' } },
      signal,
    }),
  )
}

/** The open (or the completed) tasks, page after page. */
export const sharedTasksQueryOptions = (token: string, completed: boolean) =>
  infiniteQueryOptions({
    queryKey: sharedKeys.tasks(token, completed),
    queryFn: ({ pageParam, signal }) => getSharedTasks(token, { completed, page: pageParam }, signal),
    initialPageParam: 1,
    getNextPageParam: (last, all) => (all.length < last.pages ? all.length + 1 : undefined),
    refetchInterval: SHARED_REFRESH_MS,
  })

export function useSharedTasks(token: string, completed: boolean) {
  return useInfiniteQuery(sharedTasksQueryOptions(token, completed))
}
