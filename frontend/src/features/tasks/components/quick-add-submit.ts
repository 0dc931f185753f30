import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'

import { formErrors } from '@/lib/api/form-errors'
import { toWallClock, fromWallClock } from '@/lib/zoned-time'

import { textTaskBody, useCreateTask, type TextTaskBody } from '../api/create-task'
import { parseTaskQueryOptions, type Reading } from '../api/parse-task'

export interface QuickAddDefaults {
  /** The page's project: the task goes there unless the text names another (`@project`). */
  projectId?: number | undefined
  /** Who the task is given to (the "Assigned to me" page). */
  assigneeIds?: readonly number[] | undefined
  /** A text that names no date gives a task due at the end of today (the Today page), in `timeZone`. */
  dueToday?: { timeZone: string } | undefined
}

/** "eod" as the API reads it: 17:00 today in `zone`, or 23:59 once that is past. */
export function endOfToday(zone: string, now: Date = new Date()): string | null {
  const { date } = toWallClock(now.toISOString(), zone)
  const five = fromWallClock({ date, time: '17:00' }, zone)
  return five && Date.parse(five) > now.getTime() ? five : fromWallClock({ date, time: '23:59' }, zone)
}

/** The reading of exactly `text`: the one shown when it is of this text, else asked for now. */
async function readingOf(text: string, shown: Reading | undefined, fetch: (text: string) => Promise<Reading>) {
  return shown?.text === text ? shown : fetch(text)
}

const names = (reading: Reading | null, kinds: readonly string[]) =>
  reading?.spans.some((span) => kinds.includes(span.kind)) ?? false

/** What is sent for `text`: the page's defaults only where the text says nothing (what it names wins). */
export function bodyFor(text: string, reading: Reading | null, defaults: QuickAddDefaults): TextTaskBody {
  const due = defaults.dueToday && !names(reading, ['date', 'recurrence']) ? endOfToday(defaults.dueToday.timeZone) : null
  return {
    text,
    ...(defaults.projectId !== undefined && !names(reading, ['project']) ? { project_id: defaults.projectId } : {}),
    ...(defaults.assigneeIds?.length ? { assignee_ids: [...defaults.assigneeIds] } : {}),
    ...(due ? { due_date: due } : {}),
  }
}

/** The error next to the box, in words: the text's own sentence (as field-messages says it), then the rest. */
export function quickAddError(error: unknown): string {
  const { fields, alert } = formErrors(error, 'task', ['text'])
  return [fields.text, alert].filter(Boolean).join(' ')
}

/**
 * Creates a task from the text with an idempotency key per submission (several may be on their way: the box is
 * free for the next one at once); `onFailed` gets the text back when the server refuses it. Returns the error
 * sentence to show (null when none) and `submit`.
 */
export function useQuickAddSubmit(defaults: QuickAddDefaults, onFailed: (text: string) => void) {
  const queryClient = useQueryClient()
  const { mutateAsync } = useCreateTask()
  const [error, setError] = useState<string | null>(null)

  const submit = useCallback(
    async (text: string, shown: Reading | undefined) => {
      setError(null)
      try {
        // A text without @ or + names no project: unless a date is to be filled in, no need to wait for its reading.
        const reading = defaults.dueToday || /[@+]/.test(text)
          ? await readingOf(text, shown, (value) => queryClient.query(parseTaskQueryOptions(value)))
          : null
        const body = textTaskBody(bodyFor(text, reading, defaults))
        await mutateAsync({ body, idempotencyKey: crypto.randomUUID() })
      } catch (caught) {
        setError(quickAddError(caught))
        onFailed(text)
      }
    },
    [defaults, mutateAsync, onFailed, queryClient],
  )
  return { submit, error, clearError: useCallback(() => setError(null), []) }
}
