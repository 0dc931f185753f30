import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { toast } from 'react-toastify/unstyled'

import { describeError, isApiError } from '@/lib/api/problem'

import { refetchTask } from '../api/get-task'
import { etagOf, type Task } from '../api/get-tasks'
import { useUpdateTask, type ChangedTask } from '../api/update-task'
import { quote, showActionToast } from './task-toasts'

export type SetCompleted = (task: Task, completed: boolean) => void

/**
 * Completes or reopens a task with the ETag of the version shown, optimistically. A 412 (changed elsewhere) shows the
 * task as it is now and offers to send the same change again with its new ETag; other errors are toasted.
 * `onSaved` runs after each success, the retried ones too (it gets `setCompleted` back, e.g. for an Undo).
 */
export function useSetCompleted(
  onSaved?: (saved: ChangedTask, completed: boolean, setCompleted: SetCompleted) => void,
) {
  const queryClient = useQueryClient()
  // mutateAsync, not mutate: mutate's own callbacks fire for the last call only, and several may be in flight.
  const { mutateAsync } = useUpdateTask()

  return useCallback(
    function setCompleted(task: Task, completed: boolean): void {
      mutateAsync({ id: task.id, body: { completed }, etag: etagOf(task) }).then(
        (saved) => onSaved?.(saved, completed, setCompleted),
        async (error: unknown) => {
          if (!isApiError(error) || error.status !== 412) {
            toast.error(describeError(error))
            return
          }
          try {
            const current = await refetchTask(queryClient, task.id)
            const changed = `${quote(current.title)} was changed elsewhere`
            if (current.completed === completed) {
              toast.info(`${changed}; it is ${completed ? 'complete' : 'not complete'} already.`)
            } else {
              const action = completed ? 'Complete anyway' : 'Mark not complete anyway'
              showActionToast(changed, action, () => setCompleted(current, completed))
            }
          } catch (refetchError) {
            toast.error(describeError(refetchError))
          }
        },
      )
    },
    [mutateAsync, onSaved, queryClient],
  )
}
