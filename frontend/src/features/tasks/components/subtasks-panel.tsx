import { useId, useRef, useState, type SyntheticEvent } from 'react'

import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { fieldMessagesOf } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useCreateTask } from '../api/create-task'
import { useSubtasks } from '../api/get-subtasks'
import type { Task } from '../api/get-tasks'
import { usePendingTaskIds } from '../utils/use-pending-task-ids'
import { useSetCompleted } from './use-set-completed'

/** A task's direct subtasks: complete them, and add new ones inline. */
export function SubtasksPanel({ parentId }: { parentId: number }) {
  const subtasks = useSubtasks(parentId)
  // Each toggle shows at once in the cached subtask list (rolled back on error), several at a time.
  const setCompleted = useSetCompleted()
  const pending = usePendingTaskIds()

  function toggle(subtask: Task, completed: boolean) {
    // A second change before the first is answered would carry a stale ETag (412): wait for the answer.
    if (pending.has(subtask.id)) return
    setCompleted(subtask, completed)
  }

  if (subtasks.isPending) return <Spinner label="Loading subtasks…" />
  if (subtasks.isError) {
    return <LoadError what="the subtasks" error={subtasks.error} onRetry={subtasks.refetch} retrying={subtasks.isFetching} compact />
  }
  const items = subtasks.data
  const done = items.filter((subtask) => subtask.completed).length

  return (
    <section aria-label="Subtasks">
      <p className="small text-body-secondary mb-2" aria-live="polite">
        {items.length === 0 ? 'No subtasks yet.' : `${done} of ${items.length} completed`}
      </p>
      {items.length > 0 && (
        <ul className="list-group mb-3">
          {items.map((subtask) => {
            const checked = subtask.completed
            return (
              <li key={subtask.id} className="list-group-item">
                <div className="form-check mb-0">
                  <input
                    id={`subtask-${subtask.id}`}
                    type="checkbox"
                    className="form-check-input"
                    checked={checked}
                    aria-disabled={pending.has(subtask.id) || undefined}
                    onChange={(event) => toggle(subtask, event.target.checked)}
                  />
                  <label
                    htmlFor={`subtask-${subtask.id}`}
                    className={`form-check-label text-break${checked ? ' text-decoration-line-through text-body-secondary' : ''}`}
                  >
                    {subtask.title}
                  </label>
                  {subtask.subtasks.total > 0 && (
                    <span className="small text-body-secondary ms-2">
                      ({subtask.subtasks.completed}/{subtask.subtasks.total} subtasks)
                    </span>
                  )}
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <AddSubtask parentId={parentId} />
    </section>
  )
}

function AddSubtask({ parentId }: { parentId: number }) {
  const id = useId()
  const create = useCreateTask()
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const attempt = useRef<{ key: string; title: string } | null>(null)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    const trimmed = title.trim()
    if (!trimmed || create.isPending) return
    if (attempt.current?.title !== trimmed) attempt.current = { key: crypto.randomUUID(), title: trimmed }
    create.mutate(
      {
        body: {
          title: trimmed,
          parent_id: parentId,
          project_id: null,
          section_id: null,
          completed: false,
          description: null,
          due_date: null,
          priority: 2,
          recurrence: null,
        },
        idempotencyKey: attempt.current.key,
      },
      {
        onSuccess: () => {
          attempt.current = null
          setTitle('')
          setError(null)
        },
        onError: (failure) =>
          setError(fieldMessagesOf(failure, 'task').title ?? describeError(failure)),
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate>
      <label htmlFor={id} className="form-label">
        New subtask
      </label>
      <div className="input-group">
        <input
          id={id}
          type="text"
          className={`form-control${error ? ' is-invalid' : ''}`}
          maxLength={200}
          value={title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="btn btn-outline-primary" disabled={create.isPending || !title.trim()}>
          {create.isPending ? 'Adding…' : 'Add subtask'}
        </button>
      </div>
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </form>
  )
}
