import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import {
  cancelTaskRefetches,
  reorderCachedLists,
  restoreCachedOrder,
  writeCachedTask,
  type OrderSnapshot,
} from '../utils/task-cache'
import type { Task } from './get-tasks'
import { invalidateAfterTaskWrite, taskWriteKey } from './update-task'

interface MovedTask {
  id: number
  /** `etagOf(task)` as the user saw it: the server answers 412 when the task changed since. */
  etag?: string
}

export type MoveTaskInput = MovedTask & ({ beforeId: number } | { afterId: number })

/** Places a task right before or right after another in the manual order. Throws ApiError (404, 409, 412, ...). */
export async function moveTask(input: MoveTaskInput): Promise<Task> {
  const body =
    'beforeId' in input ? { before_id: input.beforeId, after_id: null } : { after_id: input.afterId, before_id: null }
  return expectData(
    await api.POST('/api/tasks/{task_id}/move', {
      params: { path: { task_id: input.id }, header: input.etag ? { 'If-Match': input.etag } : {} },
      body,
    }),
  )
}

/**
 * Moves a task, reordering the cached manual-order lists at once. On error only the moved task goes back to where
 * it stood; the lists are refetched when the move settles.
 */
export function useMoveTask() {
  const queryClient = useQueryClient()
  return useMutation<Task, Error, MoveTaskInput, { order: OrderSnapshot }>({
    mutationKey: taskWriteKey,
    mutationFn: moveTask,
    onMutate: async (input) => {
      await cancelTaskRefetches(queryClient)
      const target = 'beforeId' in input ? { beforeId: input.beforeId } : { afterId: input.afterId }
      return { order: reorderCachedLists(queryClient, input.id, target) }
    },
    onError: (_error, input, context) => {
      if (context) restoreCachedOrder(queryClient, input.id, context.order)
    },
    onSuccess: (task) => writeCachedTask(queryClient, task),
    onSettled: () => invalidateAfterTaskWrite(queryClient),
  })
}
