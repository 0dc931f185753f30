import { useId, useRef, useState } from 'react'

import type { AvatarUser } from '@/components/avatar'

import { useAddComment } from '../api/add-comment'
import { commentError, MAX_COMMENT } from '../utils/comment-errors'
import { MentionTextarea } from './mention-textarea'

interface CommentComposerProps {
  taskId: number
  /** Whom `@` offers. */
  people: readonly AvatarUser[]
}

/** A new comment: Markdown with @mentions; POST with an Idempotency-Key that a retry of the same text reuses. */
export function CommentComposer({ taskId, people }: CommentComposerProps) {
  const id = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const attempt = useRef<{ key: string; text: string } | null>(null)
  const add = useAddComment()

  function submit() {
    if (add.isPending) return
    if (!text.trim()) {
      setError('Write something first.')
      return
    }
    // Same text as the failed attempt: the same submission, retried (the API answers it at most once).
    if (attempt.current?.text !== text) attempt.current = { key: crypto.randomUUID(), text }
    setError(null)
    add.mutate(
      { taskId, text, idempotencyKey: attempt.current.key },
      {
        onSuccess: () => {
          attempt.current = null
          setText('')
        },
        onError: (failure) => setError(commentError(failure)),
      },
    )
  }

  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`
  return (
    <form
      noValidate
      className="mt-3"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <label htmlFor={`${id}-text`} className="form-label">
        Add a comment
      </label>
      <MentionTextarea
        id={`${id}-text`}
        value={text}
        onChange={setText}
        people={people}
        onSubmit={submit}
        rows={3}
        maxLength={MAX_COMMENT}
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
      <div className="d-flex flex-wrap align-items-center gap-2 mt-2">
        <span id={`${id}-hint`} className="form-text mt-0 me-auto">
          Markdown works; type @ to mention someone; Ctrl+Enter sends.
        </span>
        <button type="submit" className="btn btn-sm btn-primary" disabled={add.isPending} aria-busy={add.isPending}>
          {add.isPending ? 'Sending…' : 'Comment'}
        </button>
      </div>
    </form>
  )
}
