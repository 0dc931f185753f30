import { useMutationState, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { toast } from 'react-toastify/unstyled'

import { describeError, isApiError } from '@/lib/api/problem'

import { useBatchUpdateTasks, type BatchUpdateInput } from '../api/batch-update-tasks'
import { scheduleDeletes, type DeleteFailure } from '../api/delete-task'
import { taskQueryOptions } from '../api/get-task'
import { etagOf, type Task } from '../api/get-tasks'
import { taskWriteKey, useUpdateTask, type UpdateTaskInput } from '../api/update-task'
import { writeCachedTask } from '../utils/task-cache'
import { UndoToast } from './undo-toast'

const quote = (title: string) => `“${title}”`
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function isUpdateInput(variables: unknown): variables is UpdateTaskInput {
  return typeof variables === 'object' && variables !== null && 'id' in variables && typeof variables.id === 'number'
}

/** Tells what failed in a batch, with the first reason. */
function reportFailures(action: string, total: number, failures: { error: unknown }[]): void {
  const first = failures[0]
  if (!first) return
  const done = total - failures.length
  toast.error(`${action}: ${done} of ${total} done, ${failures.length} failed. ${describeError(first.error)}`)
}

/** The list's quick actions: complete with undo, delete with undo, and the bulk ones. */
export function useTaskActions({ undoDelayMs }: { undoDelayMs: number }) {
  const queryClient = useQueryClient()
  // mutateAsync, not mutate: mutate's own callbacks fire for the last call only, and several may be in flight.
  const { mutateAsync: updateAsync } = useUpdateTask()
  const { mutateAsync: batchAsync, isPending: batchPending } = useBatchUpdateTasks()
  const busyIds = useMutationState({
    filters: { mutationKey: taskWriteKey, status: 'pending' },
    select: (mutation) => (isUpdateInput(mutation.state.variables) ? mutation.state.variables.id : -1),
  })

  /** A 412: someone changed the task since it was shown; show theirs. */
  const onQuickActionError = useCallback(
    (error: unknown, id: number) => {
      if (isApiError(error) && error.status === 412) {
        void queryClient
          .query({ ...taskQueryOptions(id), staleTime: 0 })
          .then((task) => writeCachedTask(queryClient, task))
          .catch(() => undefined)
        toast.info('Changed elsewhere; refreshed')
      } else toast.error(describeError(error))
    },
    [queryClient],
  )

  const setCompleted = useCallback(
    (task: Task, completed: boolean) => updateAsync({ id: task.id, body: { completed }, etag: etagOf(task) }),
    [updateAsync],
  )

  const toggleComplete = useCallback(
    (task: Task) => {
      const completed = !task.completed
      setCompleted(task, completed).then(
        (saved) => {
          const message = completed ? `Completed ${quote(saved.title)}` : `Reopened ${quote(saved.title)}`
          const undo = () => setCompleted(saved, !completed).catch((error: unknown) => onQuickActionError(error, saved.id))
          toast(({ closeToast }) => <UndoToast message={message} closeToast={closeToast} onUndo={undo} />)
        },
        (error: unknown) => onQuickActionError(error, task.id),
      )
    },
    [setCompleted, onQuickActionError],
  )

  const deleteTasks = useCallback(
    (tasks: readonly Task[]) => {
      const first = tasks[0]
      if (!first) return
      const message = tasks.length === 1 ? `Deleted ${quote(first.title)}` : `Deleted ${plural(tasks.length, 'task')}`
      const onSettled = (failures: DeleteFailure[]) => reportFailures('Delete', tasks.length, failures)
      const pending = scheduleDeletes(
        queryClient,
        tasks.map((task) => task.id),
        { delayMs: undoDelayMs, onSettled },
      )
      toast(({ closeToast }) => <UndoToast message={message} closeToast={closeToast} onUndo={() => pending.undo()} />, {
        autoClose: undoDelayMs,
      })
    },
    [queryClient, undoDelayMs],
  )

  const runBatch = useCallback(
    (tasks: readonly Task[], change: BatchUpdateInput['change'], action: string, done: string) => {
      if (!tasks.length) return
      batchAsync({ tasks, change }).then(
        ({ updated, failures }) => {
          if (failures.length) reportFailures(action, tasks.length, failures)
          else toast.success(`${done} ${plural(updated.length, 'task')}`)
        },
        (error: unknown) => toast.error(describeError(error)),
      )
    },
    [batchAsync],
  )

  const completeTasks = useCallback(
    (tasks: readonly Task[]) =>
      runBatch(
        tasks.filter((task) => !task.completed),
        () => ({ completed: true }),
        'Complete',
        'Completed',
      ),
    [runBatch],
  )

  const tagTasks = useCallback(
    (tasks: readonly Task[], tag: string) => {
      const name = tag.trim()
      const lower = name.toLowerCase()
      runBatch(
        tasks.filter((task) => !task.tags.some((existing) => existing.toLowerCase() === lower)),
        (task) => ({ tags: [...task.tags, name] }),
        'Add tag',
        `Tagged “${name}”:`,
      )
    },
    [runBatch],
  )

  const busy = useMemo(() => new Set(busyIds), [busyIds])
  return { toggleComplete, deleteTasks, completeTasks, tagTasks, busy, batchPending }
}
