import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { toast } from 'react-toastify/unstyled'

import { describeError, isApiError } from '@/lib/api/problem'

import { useBatchUpdateTasks, type BatchUpdateInput } from '../api/batch-update-tasks'
import { scheduleDeletes, type DeleteFailure } from '../api/delete-task'
import { refetchTask } from '../api/get-task'
import { etagOf, type Task } from '../api/get-tasks'
import { useMoveTask, type MoveTaskInput } from '../api/move-task'
import { useUpdateTask, type ChangedTask } from '../api/update-task'
import { usePendingTaskIds } from '../utils/use-pending-task-ids'
import { quote, reopenedMessage, showActionToast, showUndoToast } from './task-toasts'
import { useSetCompleted } from './use-set-completed'
import { placeIn, useUndo } from './use-task-actions-undo'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
const isConflict = (error: unknown) => isApiError(error) && error.status === 412

/** Tells what failed in a batch of `total`, with the first reason; `conflicts` (412s) are told apart. */
function reportFailures(action: string, total: number, failures: { error: unknown }[], conflicts = 0): void {
  const first = failures[0]
  if (!first) return
  const done = total - failures.length - conflicts
  toast.error(`${action}: ${done} of ${total} done, ${failures.length} failed. ${describeError(first.error)}`)
}

/** A move the server refused: changed elsewhere (412; the settle refetches, so it shows where it is), or why. */
function reportChangeError(error: unknown, task: Task, where: 'list' | 'board'): void {
  if (isConflict(error)) toast.info(`${quote(task.title)} was changed elsewhere; the ${where} is refreshed.`)
  else toast.error(describeError(error))
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
  const { mutateAsync: updateAsync } = useUpdateTask()
  const busy = usePendingTaskIds()

  const { undoUpdate, undoMove, undoBatch } = useUndo()
  const onCompleted = useCallback(
    (saved: ChangedTask, completed: boolean) => {
      const title = quote(saved.title)
      if (completed) {
        const undo = () => undoUpdate(saved, { completed: false }, (restored) => reopenedMessage(restored.title, restored.reopened))
        showUndoToast(`Completed ${title}`, undo, undoDelayMs)
      } else {
        const undo = () => undoUpdate(saved, { completed: true }, () => `Completed ${title} again.`)
        showUndoToast(reopenedMessage(saved.title, saved.reopened), undo, undoDelayMs)
      }
    },
    [undoDelayMs, undoUpdate],
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
    /** Moves `task` in the manual order; `list`: the order it was shown in, so Undo can put it back. */
    (task: Task, move: MoveTaskInput, list: readonly Task[] = []) => {
      const place = placeIn(list, task.id)
      moveAsync({ ...move, etag: etagOf(task) }).then(
        (saved) => {
          if (place) showUndoToast(`Moved ${quote(task.title)}`, () => undoMove(saved, place), undoDelayMs)
        },
        (error: unknown) => reportChangeError(error, task, 'list'),
      )
    },
    [moveAsync, undoMove, undoDelayMs],
  )

  const moveToSection = useCallback(
    /** Puts `task` in another section of its project (`where` names it for the toast). */
    (task: Task, sectionId: number | null, where: string) => {
      if (task.section_id === sectionId) return
      updateAsync({ id: task.id, body: { section_id: sectionId }, etag: etagOf(task) }).then(
        (saved) => {
          const undo = () => undoUpdate(saved, { section_id: task.section_id }, () => `Moved ${quote(task.title)} back.`)
          showUndoToast(`Moved ${quote(task.title)} to ${where}`, undo, undoDelayMs)
        },
        (error: unknown) => reportChangeError(error, task, 'board'),
      )
    },
    [updateAsync, undoUpdate, undoDelayMs],
  )

  const runBatch = useCallback(
    (
      tasks: readonly Task[],
      change: BatchUpdateInput['change'],
      labels: { action: string; done: string; undone: string },
      again: (current: readonly Task[]) => void,
      undoChange: BatchUpdateInput['change'],
    ) => {
      if (!tasks.length) return
      batchAsync({ tasks, change }).then(
        async ({ updated, failures }) => {
          const conflicts = failures.filter(({ error }) => isConflict(error)).map(({ task }) => task)
          const others = failures.filter(({ error }) => !isConflict(error))
          if (updated.length) {
            const undo = () => undoBatch(updated, undoChange, labels.undone)
            showUndoToast(`${labels.done} ${plural(updated.length, 'task')}`, undo, undoDelayMs)
          }
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
    [batchAsync, queryClient, undoBatch, undoDelayMs],
  )

  const completeTasks = useCallback(
    function completeTasks(tasks: readonly Task[]): void {
      runBatch(
        tasks.filter((task) => !task.completed),
        () => ({ completed: true }),
        { action: 'Complete', done: 'Completed', undone: 'Reopened' },
        completeTasks,
        () => ({ completed: false }),
      )
    },
    [runBatch],
  )

  const tagTasks = useCallback(
    function tagTasks(tasks: readonly Task[], tag: string): void {
      const name = tag.trim()
      const lower = name.toLowerCase()
      const untagged = tasks.filter((task) => !task.tags.some((existing) => existing.toLowerCase() === lower))
      const before = new Map(untagged.map((task) => [task.id, task.tags]))
      runBatch(
        untagged,
        (task) => ({ tags: [...task.tags, name] }),
        { action: 'Add tag', done: `Tagged “${name}”:`, undone: `Took “${name}” off` },
        (current) => tagTasks(current, name),
        (saved) => ({ tags: before.get(saved.id) ?? saved.tags.filter((existing) => existing !== name) }),
      )
    },
    [runBatch],
  )

  return { toggleComplete, deleteTasks, moveTask, moveToSection, completeTasks, tagTasks, busy, batchPending }
}
