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

/**
 * What quick add sends: the text, and only the fields it means to fix (a field sent wins over what the text says,
 * so `due_date: null` would drop the date it names).
 */
export interface TextTaskBody {
  text: string
  project_id?: number
  assignee_ids?: number[]
  due_date?: string
}

/**
 * The body for `createTask`. The generated TaskCreate marks the fields the API defaults as required; sending them
 * would override the text, so they are left out on purpose.
 */
export const textTaskBody = (body: TextTaskBody): TaskCreate => body as TaskCreate

export function useCreateTask() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: taskWriteKey,
    mutationFn: createTask,
    // Refreshes the tasks (`tasksKeys.all`), the tags a new name made (`tagsKeys.all`) and the counts derived from them.
    onSuccess: () => invalidateAfterTaskWrite(queryClient),
  })
}
