import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { reorderCachedLists, restoreTasks, snapshotTasks, writeCachedTask, type TasksSnapshot } from '../utils/task-cache'
import type { Task } from './get-tasks'
import { invalidateAfterTaskWrite, taskWriteKey } from './update-task'

export type MoveTaskInput = { id: number } & ({ beforeId: number } | { afterId: number })

/** Places a task right before or right after another in the manual order. Throws ApiError (404, 409, 412, ...). */
export async function moveTask(input: MoveTaskInput): Promise<Task> {
  const body =
    'beforeId' in input ? { before_id: input.beforeId, after_id: null } : { after_id: input.afterId, before_id: null }
  return expectData(await api.POST('/api/tasks/{task_id}/move', { params: { path: { task_id: input.id } }, body }))
}

/** Moves a task, reordering the cached manual-order lists at once; rolled back on error. */
export function useMoveTask() {
  const queryClient = useQueryClient()
  return useMutation<Task, Error, MoveTaskInput, { snapshot: TasksSnapshot }>({
    mutationKey: taskWriteKey,
    mutationFn: moveTask,
    onMutate: async (input) => {
      const snapshot = await snapshotTasks(queryClient)
      reorderCachedLists(queryClient, input.id, 'beforeId' in input ? { beforeId: input.beforeId } : { afterId: input.afterId })
      return { snapshot }
    },
    onError: (_error, _input, context) => {
      if (context) restoreTasks(queryClient, context.snapshot)
    },
    onSuccess: (task) => writeCachedTask(queryClient, task),
    onSettled: () => invalidateAfterTaskWrite(queryClient),
  })
}
