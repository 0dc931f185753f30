import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { writeCachedTask } from '../utils/task-cache'
import { tasksKeys, type Task } from './get-tasks'

export async function getTask(id: number, signal?: AbortSignal): Promise<Task> {
  return expectData(await api.GET('/api/tasks/{task_id}', { params: { path: { task_id: id } }, signal }))
}

export const taskQueryOptions = (id: number) =>
  queryOptions({ queryKey: tasksKeys.detail(id), queryFn: ({ signal }) => getTask(id, signal) })

export function useTask(id: number | null) {
  return useQuery({ ...taskQueryOptions(id ?? 0), enabled: id !== null })
}

/**
 * Fetches task `id` as it is now (after a 412) and shows that version wherever the task is cached.
 * Throws ApiError (404 when it was deleted meanwhile, ...).
 */
export async function refetchTask(queryClient: QueryClient, id: number): Promise<Task> {
  const task = await queryClient.query({ ...taskQueryOptions(id), staleTime: 0 })
  writeCachedTask(queryClient, task)
  return task
}
