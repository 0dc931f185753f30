import { queryOptions, useQuery } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { tasksKeys, type Task } from './get-tasks'

/** Under `tasksKeys.all`, so every task write refreshes them too. */
export const subtasksKeys = {
  all: [...tasksKeys.all, 'subtasks'] as const,
  of: (parentId: number) => [...subtasksKeys.all, parentId] as const,
}

export async function getSubtasks(parentId: number, signal?: AbortSignal): Promise<Task[]> {
  const list = expectData(
    await api.GET('/api/tasks/{task_id}/subtasks', { params: { path: { task_id: parentId } }, signal }),
  )
  return list.items
}

export const subtasksQueryOptions = (parentId: number) =>
  queryOptions({ queryKey: subtasksKeys.of(parentId), queryFn: ({ signal }) => getSubtasks(parentId, signal) })

export function useSubtasks(parentId: number) {
  return useQuery(subtasksQueryOptions(parentId))
}
