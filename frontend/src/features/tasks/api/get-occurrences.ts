import { queryOptions, useQuery } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { tasksKeys } from './get-tasks'

/** Under `tasksKeys.all`, so every task write refreshes the preview too. */
export const occurrencesKeys = {
  all: [...tasksKeys.all, 'occurrences'] as const,
  of: (taskId: number, limit: number) => [...occurrencesKeys.all, taskId, limit] as const,
}

/** The next due dates (UTC ISO) of a task's series, from now, for a year. */
export async function getOccurrences(taskId: number, limit: number, signal?: AbortSignal): Promise<string[]> {
  const page = expectData(
    await api.GET('/api/tasks/{task_id}/occurrences', {
      params: { path: { task_id: taskId }, query: { limit } },
      signal,
    }),
  )
  return page.items
}

export const occurrencesQueryOptions = (taskId: number, limit = 5) =>
  queryOptions({
    queryKey: occurrencesKeys.of(taskId, limit),
    queryFn: ({ signal }) => getOccurrences(taskId, limit, signal),
  })

export function useOccurrences(taskId: number, { limit = 5, enabled = true }: { limit?: number; enabled?: boolean } = {}) {
  return useQuery({ ...occurrencesQueryOptions(taskId, limit), enabled })
}
