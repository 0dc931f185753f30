import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { toast } from 'react-toastify/unstyled'

import { describeError, isApiError } from '@/lib/api/problem'

import { useBatchUpdateTasks, type BatchUpdateInput } from '../api/batch-update-tasks'
import { scheduleDeletes, type DeleteFailure } from '../api/delete-task'
import { refetchTask } from '../api/get-task'
import { etagOf, type Task } from '../api/get-tasks'
import { useMoveTask, type MoveTaskInput } from '../api/move-task'
import { usePendingTaskIds } from '../utils/use-pending-task-ids'
import { quote, showActionToast, showUndoToast } from './task-toasts'
import { useSetCompleted, type SetCompleted } from './use-set-completed'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
const isConflict = (error: unknown) => isApiError(error) && error.status === 412

/** Tells what failed in a batch of `total`, with the first reason; `conflicts` (412s) are told apart. */
function reportFailures(action: string, total: number, failures: { error: unknown }[], conflicts = 0): void {
  const first = failures[0]
  if (!first) return
  const done = total - failures.length - conflicts
  toast.error(`${action}: ${done} of ${total} done, ${failures.length} failed. ${describeError(first.error)}`)
}

/** The current versions of tasks that were changed elsewhere (412), shown everywhere; those that are gone are left out. */
async function refetchChanged(queryClient: QueryClient, tasks: readonly Task[]): Promise<Task[]> {
  const results = await Promise.allSettled(tasks.map((task) => refetchTask(queryClient, task.id)))
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
}

/** "“Title” was" or "3 tasks were", for the tasks changed elsewhere. */
function changedSubject(tasks: readonly Task[]): string {
  const [first] = tasks
  return tasks.length === 1 && first ? `${quote(first.title)} was` : `${plural(tasks.length, 'task')} were`
}

/** The list's quick actions: complete with undo, delete with undo, move, and the bulk ones. */
export function useTaskActions({ undoDelayMs }: { undoDelayMs: number }) {
  const queryClient = useQueryClient()
  const { mutateAsync: batchAsync, isPending: batchPending } = useBatchUpdateTasks()
  const { mutateAsync: moveAsync } = useMoveTask()
  const busy = usePendingTaskIds()

  const onCompleted = useCallback(
    (saved: Task, completed: boolean, setCompleted: SetCompleted) => {
      const message = completed ? `Completed ${quote(saved.title)}` : `Reopened ${quote(saved.title)}`
      showUndoToast(message, () => setCompleted(saved, !completed), undoDelayMs)
    },
    [undoDelayMs],
  )
  const setCompleted = useSetCompleted(onCompleted)
  const toggleComplete = useCallback((task: Task) => setCompleted(task, !task.completed), [setCompleted])

  const deleteTasks = useCallback(
    function deleteTasks(tasks: readonly Task[]): void {
      const [first] = tasks
      if (!first) return
      const message = tasks.length === 1 ? `Deleted ${quote(first.title)}` : `Deleted ${plural(tasks.length, 'task')}`
      const onSettled = (failures: DeleteFailure[]) => {
        const conflicts = failures.filter(({ error }) => isConflict(error)).map(({ task }) => task)
        reportFailures('Delete', tasks.length, failures.filter(({ error }) => !isConflict(error)), conflicts.length)
        if (!conflicts.length) return
        void refetchChanged(queryClient, conflicts).then((current) => {
          if (!current.length) return
          const subject = changedSubject(current)
          showActionToast(`${subject} changed elsewhere; not deleted`, 'Delete anyway', () => deleteTasks(current))
        })
      }
      const pending = scheduleDeletes(queryClient, tasks, { delayMs: undoDelayMs, onSettled })
      showUndoToast(
        message,
        () => {
          if (!pending.undo()) toast.info('Too late to undo: already deleted')
        },
        undoDelayMs,
      )
    },
    [queryClient, undoDelayMs],
  )

  const moveTask = useCallback(
    (task: Task, move: MoveTaskInput) => {
      moveAsync({ ...move, etag: etagOf(task) }).catch((error: unknown) => {
        // The move's settle refetches the lists: the order shown is the server's again.
        if (isConflict(error)) toast.info(`${quote(task.title)} was changed elsewhere; the list is refreshed.`)
        else toast.error(describeError(error))
      })
    },
    [moveAsync],
  )

  const runBatch = useCallback(
    (
      tasks: readonly Task[],
      change: BatchUpdateInput['change'],
      labels: { action: string; done: string },
      again: (current: readonly Task[]) => void,
    ) => {
      if (!tasks.length) return
      batchAsync({ tasks, change }).then(
        async ({ updated, failures }) => {
          const conflicts = failures.filter(({ error }) => isConflict(error)).map(({ task }) => task)
          const others = failures.filter(({ error }) => !isConflict(error))
          if (!failures.length) toast.success(`${labels.done} ${plural(updated.length, 'task')}`)
          reportFailures(labels.action, tasks.length, others, conflicts.length)
          if (!conflicts.length) return
          const current = await refetchChanged(queryClient, conflicts)
          if (!current.length) return
          showActionToast(
            `${labels.action}: ${changedSubject(current)} changed elsewhere; not changed`,
            `Apply again to ${plural(current.length, 'changed task')}`,
            () => again(current),
          )
        },
        (error: unknown) => toast.error(describeError(error)),
      )
    },
    [batchAsync, queryClient],
  )

  const completeTasks = useCallback(
    function completeTasks(tasks: readonly Task[]): void {
      runBatch(
        tasks.filter((task) => !task.completed),
        () => ({ completed: true }),
        { action: 'Complete', done: 'Completed' },
        completeTasks,
      )
    },
    [runBatch],
  )

  const tagTasks = useCallback(
    function tagTasks(tasks: readonly Task[], tag: string): void {
      const name = tag.trim()
      const lower = name.toLowerCase()
      runBatch(
        tasks.filter((task) => !task.tags.some((existing) => existing.toLowerCase() === lower)),
        (task) => ({ tags: [...task.tags, name] }),
        { action: 'Add tag', done: `Tagged “${name}”:` },
        (current) => tagTasks(current, name),
      )
    },
    [runBatch],
  )

  return { toggleComplete, deleteTasks, moveTask, completeTasks, tagTasks, busy, batchPending }
}
