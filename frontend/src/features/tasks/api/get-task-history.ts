import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import type { AuditPage } from '@/lib/audit/describe-changes'

import { tasksKeys } from './get-tasks'

/** Under `tasksKeys.all`, so every task write refreshes the history too. */
export const taskHistoryKeys = {
  all: [...tasksKeys.all, 'history'] as const,
  of: (taskId: number) => [...taskHistoryKeys.all, taskId] as const,
}

/** Newest first: what just happened is at the top; each `after` then continues with older events. */
const PAGE_QUERY = { order: 'desc', per_page: 50 } as const

export async function getTaskHistory(taskId: number, after: number | null, signal?: AbortSignal): Promise<AuditPage> {
  const query = after === null ? PAGE_QUERY : { ...PAGE_QUERY, after }
  return expectData(
    await api.GET('/api/tasks/{task_id}/history', { params: { path: { task_id: taskId }, query }, signal }),
  )
}

export const taskHistoryQueryOptions = (taskId: number) =>
  infiniteQueryOptions({
    queryKey: taskHistoryKeys.of(taskId),
    queryFn: ({ pageParam, signal }) => getTaskHistory(taskId, pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.next_after,
  })

export function useTaskHistory(taskId: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...taskHistoryQueryOptions(taskId), enabled })
}
