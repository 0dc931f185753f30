import { queryOptions, useQuery } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { tasksKeys, type Task } from './get-tasks'

export async function getTask(id: number, signal?: AbortSignal): Promise<Task> {
  return expectData(await api.GET('/api/tasks/{task_id}', { params: { path: { task_id: id } }, signal }))
}

export const taskQueryOptions = (id: number) =>
  queryOptions({ queryKey: tasksKeys.detail(id), queryFn: ({ signal }) => getTask(id, signal) })

export function useTask(id: number | null) {
  return useQuery({ ...taskQueryOptions(id ?? 0), enabled: id !== null })
}
