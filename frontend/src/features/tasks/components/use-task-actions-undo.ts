/**
 * Undo for the list's changes (complete, move, bulk complete and tag): each sends the previous state back with
 * If-Match set to the version the change returned, so an Undo never overwrites a later change made elsewhere; a
 * 412 says so in words (the settle refetches the lists, which then show the task as it is).
 */
import { useCallback } from 'react'
import { toast } from 'react-toastify/unstyled'

import type { Schemas } from '@/lib/api/client'
import { describeError, isApiError } from '@/lib/api/problem'

import { useBatchUpdateTasks } from '../api/batch-update-tasks'
import { etagOf, type Task } from '../api/get-tasks'
import { useMoveTask } from '../api/move-task'
import { useUpdateTask, type ChangedTask } from '../api/update-task'
import { quote } from './task-toasts'

/** Where a task stood in its list: right before the one that followed it, else right after the one before it. */
export type Place = { beforeId: number } | { afterId: number }

const isConflict = (error: unknown) => isApiError(error) && error.status === 412
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** The sentence for an Undo that found the task changed elsewhere since. */
export function undoConflictMessage(tasks: readonly Pick<Task, 'title'>[]): string {
  const [first] = tasks
  const subject = tasks.length === 1 && first ? `${quote(first.title)} was` : `${plural(tasks.length, 'task')} were`
  return `Not undone: ${subject} changed by someone else since. The list now shows the latest version.`
}

function reportUndoError(error: unknown, tasks: readonly Task[]): void {
  if (isConflict(error)) toast.warning(undoConflictMessage(tasks))
  else toast.error(`Not undone: ${describeError(error)}`)
}

/** Where `task` stands in `list` (in the order shown), to put it back there; null when alone in it. */
export function placeIn(list: readonly Pick<Task, 'id'>[], id: number): Place | null {
  const index = list.findIndex((task) => task.id === id)
  if (index < 0) return null
  const next = list[index + 1]
  const previous = list[index - 1]
  if (next) return { beforeId: next.id }
  return previous ? { afterId: previous.id } : null
}

export function useUndo() {
  const { mutateAsync: updateAsync } = useUpdateTask()
  const { mutateAsync: moveAsync } = useMoveTask()
  const { mutateAsync: batchAsync } = useBatchUpdateTasks()

  /** PATCHes `saved` (the version a change returned) with `body`; `done` words the toast from the answer. */
  const undoUpdate = useCallback(
    (saved: Task, body: Schemas['TaskUpdate'], done: (restored: ChangedTask) => string) => {
      updateAsync({ id: saved.id, body, etag: etagOf(saved) }).then(
        (restored) => toast.info(done(restored)),
        (error: unknown) => reportUndoError(error, [saved]),
      )
    },
    [updateAsync],
  )

  /** Moves `saved` back to `place` in the manual order. */
  const undoMove = useCallback(
    (saved: Task, place: Place) => {
      moveAsync({ id: saved.id, etag: etagOf(saved), ...place }).then(
        () => toast.info(`Moved ${quote(saved.title)} back.`),
        (error: unknown) => reportUndoError(error, [saved]),
      )
    },
    [moveAsync],
  )

  /** PATCHes each of `saved` with `change`; the ones changed elsewhere since are named and left as they are. */
  const undoBatch = useCallback(
    (saved: readonly Task[], change: (task: Task) => Schemas['TaskUpdate'], done: string) => {
      batchAsync({ tasks: saved, change }).then(
        ({ updated, failures }) => {
          if (updated.length) toast.info(`${done} ${plural(updated.length, 'task')}.`)
          const conflicts = failures.filter(({ error }) => isConflict(error)).map(({ task }) => task)
          if (conflicts.length) toast.warning(undoConflictMessage(conflicts))
          const other = failures.find(({ error }) => !isConflict(error))
          if (other) reportUndoError(other.error, [other.task])
        },
        (error: unknown) => reportUndoError(error, saved),
      )
    },
    [batchAsync],
  )

  return { undoUpdate, undoMove, undoBatch }
}
