import { useId, useState } from 'react'

import type { AvatarUser } from '@/components/avatar'

import { useEditComment } from '../api/edit-comment'
import type { Comment } from '../api/get-comments'
import { commentError, isConflict, isGone, MAX_COMMENT } from '../utils/comment-errors'
import { CommentMarkdown } from './comment-markdown'
import { MentionTextarea } from './mention-textarea'

interface CommentEditFormProps {
  /** The comment as it is now (refetched after a conflict). */
  comment: Comment
  people: readonly AvatarUser[]
  onDone: () => void
}

const CONFLICT =
  'This comment was changed elsewhere since you began editing. Its latest text is shown above; save again to replace it with yours, or cancel.'

/**
 * Edits the user's own comment inline, with If-Match on the version they started from: a change made meanwhile
 * (412, or 409 for one that raced) is never overwritten silently. The thread is reloaded, the newer text shown
 * above the user's, and saving again replaces that version.
 */
export function CommentEditForm({ comment, people, onDone }: CommentEditFormProps) {
  const id = useId()
  const [text, setText] = useState(comment.text)
  // The version the user's text replaces: the one they started from, then (after a conflict) the latest.
  const [base, setBase] = useState<number | null>(comment.version)
  const [error, setError] = useState<string | null>(null)
  const edit = useEditComment()
  const conflicted = base === null

  function save() {
    if (edit.isPending) return
    if (!text.trim()) {
      setError('A comment cannot be empty: delete it instead.')
      return
    }
    if (text === comment.text) {
      onDone()
      return
    }
    setError(null)
    edit.mutate(
      { comment: { id: comment.id, version: base ?? comment.version }, text },
      {
        onSuccess: onDone,
        onError: (failure) => {
          if (isConflict(failure)) {
            setBase(null)
            setError(CONFLICT)
          } else if (isGone(failure)) {
            setError('This comment was deleted meanwhile.')
          } else {
            setError(commentError(failure))
          }
        },
      },
    )
  }

  return (
    <form
      noValidate
      className="mt-1"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      {conflicted && (
        <div className="border rounded p-2 mb-2 bg-body-tertiary">
          <p className="small fw-semibold mb-1">Latest version</p>
          <CommentMarkdown text={comment.text} />
        </div>
      )}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        Edit your comment
      </label>
      <MentionTextarea
        id={`${id}-text`}
        value={text}
        onChange={setText}
        people={people}
        onSubmit={save}
        rows={3}
        maxLength={MAX_COMMENT}
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user asked to edit this text just now
        autoFocus
      />
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block" role="alert">
          {error}
        </div>
      )}
      <div className="d-flex justify-content-end gap-2 mt-2">
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-sm btn-primary" disabled={edit.isPending} aria-busy={edit.isPending}>
          {edit.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  )
}
