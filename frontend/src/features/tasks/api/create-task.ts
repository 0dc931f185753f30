import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import type { Task } from './get-tasks'
import { invalidateAfterTaskWrite, taskWriteKey } from './update-task'

export type TaskCreate = Schemas['TaskCreate']

export interface CreateTaskInput {
  body: TaskCreate
  /** One per submission: a retry of the same submission sends the same key, so the task is made once. */
  idempotencyKey: string
}

/** POST /api/tasks; throws ApiError (422 with field errors, ...). */
export async function createTask({ body, idempotencyKey }: CreateTaskInput): Promise<Task> {
  return expectData(
    await api.POST('/api/tasks', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
  )
}

export function useCreateTask() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: taskWriteKey,
    mutationFn: createTask,
    // Refreshes the tasks (`tasksKeys.all`), the tags a new name made (`tagsKeys.all`) and the counts derived from them.
    onSuccess: () => invalidateAfterTaskWrite(queryClient),
  })
}
