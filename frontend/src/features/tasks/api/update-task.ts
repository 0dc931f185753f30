import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import {
  applyUpdate,
  cancelTaskRefetches,
  patchCachedTask,
  removeCachedTasks,
  restoreCachedTask,
  snapshotCachedTask,
  writeCachedTask,
  type TaskSnapshot,
} from '../utils/task-cache'
import { tasksKeys } from './get-tasks'

export interface UpdateTaskInput {
  id: number
  body: Schemas['TaskUpdate']
  /** The ETag last seen (`etagOf(task)`): the server answers 412 when the task changed since. */
  etag?: string
}

/** A task as a change answers it: with `reopened` when reopening a completed occurrence changed its series. */
export type ChangedTask = Schemas['TaskChanged']

/** PATCHes a task. Throws ApiError (412 when `etag` is stale, 422 with field errors, 404, ...). */
export async function updateTask({ id, body, etag }: UpdateTaskInput): Promise<ChangedTask> {
  return expectData(
    await api.PATCH('/api/tasks/{task_id}', {
      params: { path: { task_id: id }, header: etag ? { 'If-Match': etag } : {} },
      body,
    }),
  )
}

/** The key every task write shares, so a refetch waits for the last one in flight. */
export const taskWriteKey = [...tasksKeys.all, 'write'] as const

/**
 * After task writes settle: refetch tasks and everything derived from them (tags' counts, stats, notifications).
 * Every query but the session's is invalidated (`invalidateUserData`), so this feature needs no other feature's keys.
 * Skipped while another task write is in flight: its own settle refetches, and an earlier refetch would undo its optimism.
 */
export async function invalidateAfterTaskWrite(queryClient: QueryClient): Promise<void> {
  if (queryClient.isMutating({ mutationKey: taskWriteKey }) > 1) return
  await invalidateUserData(queryClient)
}

/**
 * Writes a changed task wherever it is cached; when reopening it removed the next occurrence its completion had
 * made, that one leaves every list at once (before the refetch says so too).
 */
export function writeChangedTask(queryClient: QueryClient, changed: ChangedTask): void {
  const { reopened, ...task } = changed
  writeCachedTask(queryClient, task)
  if (reopened?.outcome === 'next_removed') removeCachedTasks(queryClient, new Set([reopened.next_id]))
}

/**
 * Updates a task optimistically wherever it is cached; on error puts back only that task (the ApiError is passed
 * on unchanged, so a 412 can be told apart) and writes the server's answer on success.
 */
export function useUpdateTask() {
  const queryClient = useQueryClient()
  return useMutation<ChangedTask, Error, UpdateTaskInput, { snapshot: TaskSnapshot }>({
    mutationKey: taskWriteKey,
    mutationFn: updateTask,
    onMutate: async ({ id, body }) => {
      await cancelTaskRefetches(queryClient)
      const snapshot = snapshotCachedTask(queryClient, id)
      patchCachedTask(queryClient, id, (task) => applyUpdate(task, body))
      return { snapshot }
    },
    onError: (_error, _input, context) => {
      if (context) restoreCachedTask(queryClient, context.snapshot)
    },
    onSuccess: (task) => writeChangedTask(queryClient, task),
    onSettled: () => invalidateAfterTaskWrite(queryClient),
  })
}
