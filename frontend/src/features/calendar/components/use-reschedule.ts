import { useCallback, useState } from 'react'

import { describeError, isApiError } from '@/lib/api/problem'
import { useTimeZone } from '@/lib/auth/current-user'
import { formatInZone } from '@/lib/zoned-time'

import type { CalendarTask } from '../api/list-pages'

/** Saves a task's new due date with If-Match (its version); rejects with the API's error (412 when stale). */
export type Reschedule = (task: CalendarTask, due: string) => Promise<unknown>

export interface RescheduleMessage {
  tone: 'done' | 'error'
  text: string
}

/** Why a move did not happen, in words; the task is back where it was. */
export function failureText(title: string, error: unknown): string {
  if (isApiError(error) && error.status === 412) {
    return `“${title}” was changed somewhere else in the meantime, so it was put back. Its latest version is shown now; drag it again if needed.`
  }
  return `“${title}” could not be moved, so it was put back: ${describeError(error)}`
}

/**
 * Drops in flight: the task shows on its new day at once (`moves`), stays there once saved (the task queries are
 * refetched before the save resolves) and goes back, with a sentence saying why, when the save fails.
 */
export function useReschedule(reschedule: Reschedule) {
  const zone = useTimeZone()
  const [moves, setMoves] = useState<ReadonlyMap<number, string>>(new Map())
  const [message, setMessage] = useState<RescheduleMessage | null>(null)

  const settle = useCallback((taskId: number) => {
    setMoves((current) => {
      const next = new Map(current)
      next.delete(taskId)
      return next
    })
  }, [])

  const drop = useCallback(
    (task: CalendarTask, due: string, undo: () => void) => {
      setMoves((current) => new Map(current).set(task.id, due))
      setMessage(null)
      reschedule(task, due).then(
        () => {
          settle(task.id)
          setMessage({ tone: 'done', text: `“${task.title}” is now due ${formatInZone(due, zone)}.` })
        },
        (error: unknown) => {
          settle(task.id)
          undo()
          setMessage({ tone: 'error', text: failureText(task.title, error) })
        },
      )
    },
    [reschedule, settle, zone],
  )

  return { moves, message, drop }
}
