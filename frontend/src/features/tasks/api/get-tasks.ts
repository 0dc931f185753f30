import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import type { paths } from '@/lib/api/schema'

export type Task = Schemas['TaskOut']
export type TaskPage = Schemas['TaskPage']
export type TaskListParams = NonNullable<paths['/api/tasks']['get']['parameters']['query']>

/** Every tasks query key starts here: invalidate `tasksKeys.all` after any task write. */
export const tasksKeys = {
  all: ['tasks'] as const,
  lists: () => [...tasksKeys.all, 'list'] as const,
  list: (params: TaskListParams) => [...tasksKeys.lists(), params] as const,
  details: () => [...tasksKeys.all, 'detail'] as const,
  detail: (id: number) => [...tasksKeys.details(), id] as const,
}

export async function getTasks(params: TaskListParams, signal?: AbortSignal): Promise<TaskPage> {
  return expectData(await api.GET('/api/tasks', { params: { query: params }, signal }))
}

export const tasksQueryOptions = (params: TaskListParams) =>
  queryOptions({
    queryKey: tasksKeys.list(params),
    queryFn: ({ signal }) => getTasks(params, signal),
    placeholderData: keepPreviousData,
  })

export function useTasks(params: TaskListParams) {
  return useQuery(tasksQueryOptions(params))
}

/** The strong ETag the API gives a task (`"v<version>"`), for If-Match. */
export function etagOf(task: Pick<Task, 'version'>): string {
  return `"v${task.version}"`
}
