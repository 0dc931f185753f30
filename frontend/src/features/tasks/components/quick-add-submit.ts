import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'

import { formErrors } from '@/lib/api/form-errors'

import { textTaskBody, useCreateTask, type TextTaskBody } from '../api/create-task'
import type { Task } from '../api/get-tasks'
import { parseTaskQueryOptions, type Reading } from '../api/parse-task'

export interface QuickAddDefaults {
  /** The page's project: the task goes there unless the text names another (`@project`). */
  projectId?: number | undefined
  /** Who the task is given to (the "Assigned to me" page). */
  assigneeIds?: readonly number[] | undefined
}

/** The reading of exactly `text`: the one shown when it is of this text, else asked for now. */
async function readingOf(text: string, shown: Reading | undefined, fetch: (text: string) => Promise<Reading>) {
  return shown?.text === text ? shown : fetch(text)
}

/** What is sent for `text`: the page's project only when the text names none (a project named in it wins). */
export function bodyFor(text: string, reading: Reading | null, defaults: QuickAddDefaults): TextTaskBody {
  const namesProject = reading?.spans.some((span) => span.kind === 'project') ?? false
  return {
    text,
    ...(defaults.projectId !== undefined && !namesProject ? { project_id: defaults.projectId } : {}),
    ...(defaults.assigneeIds?.length ? { assignee_ids: [...defaults.assigneeIds] } : {}),
  }
}

/** The error next to the box, in words: the text's own sentence (as field-messages says it), then the rest. */
export function quickAddError(error: unknown): string {
  const { fields, alert } = formErrors(error, 'task', ['text'])
  return [fields.text, alert].filter(Boolean).join(' ')
}

/**
 * Creates a task from the text with an idempotency key per submission; `onCreated` runs after the server answers.
 * Returns the error sentence to show (null when none), whether a creation is under way, and `submit`.
 */
export function useQuickAddSubmit(defaults: QuickAddDefaults, onCreated: (task: Task) => void) {
  const queryClient = useQueryClient()
  const { mutateAsync, isPending } = useCreateTask()
  const [error, setError] = useState<string | null>(null)

  const submit = useCallback(
    async (text: string, shown: Reading | undefined) => {
      setError(null)
      try {
        // A text without @ or + names no project: no need to wait for its reading.
        const reading = /[@+]/.test(text)
          ? await readingOf(text, shown, (value) => queryClient.query(parseTaskQueryOptions(value)))
          : null
        const body = textTaskBody(bodyFor(text, reading, defaults))
        onCreated(await mutateAsync({ body, idempotencyKey: crypto.randomUUID() }))
      } catch (caught) {
        setError(quickAddError(caught))
      }
    },
    [defaults, mutateAsync, onCreated, queryClient],
  )
  return { submit, error, clearError: useCallback(() => setError(null), []), isPending }
}
