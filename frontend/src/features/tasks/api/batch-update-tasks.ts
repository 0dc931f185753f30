import { useMutation, useQueryClient } from '@tanstack/react-query'

import type { Schemas } from '@/lib/api/client'

import {
  applyUpdate,
  cancelTaskRefetches,
  patchCachedTask,
  restoreCachedTask,
  snapshotCachedTask,
  type TaskSnapshot,
} from '../utils/task-cache'
import { etagOf, type Task } from './get-tasks'
import {
  invalidateAfterTaskWrite,
  taskWriteKey,
  updateTask,
  writeChangedTask,
  type ChangedTask,
} from './update-task'

export interface BatchUpdateInput {
  tasks: readonly Task[]
  /** The PATCH body for each task. */
  change: (task: Task) => Schemas['TaskUpdate']
}

export interface BatchUpdateResult {
  updated: ChangedTask[]
  failures: { task: Task; error: unknown }[]
}

/**
 * PATCHes several tasks (the API has no bulk update), each with its ETag, all shown at once;
 * the ones that fail are put back as they were. Never throws: the result lists the failures.
 */
export function useBatchUpdateTasks() {
  const queryClient = useQueryClient()
  return useMutation<BatchUpdateResult, Error, BatchUpdateInput, { snapshots: Map<number, TaskSnapshot> }>({
    mutationKey: taskWriteKey,
    mutationFn: async ({ tasks, change }) => {
      const results = await Promise.allSettled(
        tasks.map((task) => updateTask({ id: task.id, body: change(task), etag: etagOf(task) })),
      )
      const outcome: BatchUpdateResult = { updated: [], failures: [] }
      results.forEach((result, index) => {
        const task = tasks[index]
        if (!task) return
        if (result.status === 'fulfilled') outcome.updated.push(result.value)
        else outcome.failures.push({ task, error: result.reason })
      })
      return outcome
    },
    onMutate: async ({ tasks, change }) => {
      await cancelTaskRefetches(queryClient)
      const snapshots = new Map<number, TaskSnapshot>()
      for (const task of tasks) {
        snapshots.set(task.id, snapshotCachedTask(queryClient, task.id))
        patchCachedTask(queryClient, task.id, (cached) => applyUpdate(cached, change(task)))
      }
      return { snapshots }
    },
    onSuccess: ({ updated, failures }, _input, context) => {
      for (const task of updated) writeChangedTask(queryClient, task)
      for (const { task } of failures) restoreCachedTask(queryClient, context.snapshots.get(task.id) ?? [])
    },
    onSettled: () => invalidateAfterTaskWrite(queryClient),
  })
}
