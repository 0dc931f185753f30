import { useState } from 'react'

import { Avatar, type AvatarUser } from '@/components/avatar'
import { formatInZone, relativeTime } from '@/lib/zoned-time'

import type { Comment } from '../api/get-comments'
import { CommentEditForm } from './comment-edit-form'
import { CommentMarkdown } from './comment-markdown'

interface CommentItemProps {
  comment: Comment
  zone: string
  /** The signed-in user wrote it: they may edit it. */
  mine: boolean
  /** Its author, or an admin of the project, may delete it. */
  canDelete: boolean
  /** The project is archived: nothing changes. */
  readOnly: boolean
  people: readonly AvatarUser[]
  onDelete: (comment: Comment) => void
}

/** One comment: who wrote it and when (edited or not), its Markdown, and Edit or Delete for whom may. */
export function CommentItem({ comment, zone, mine, canDelete, readOnly, people, onDelete }: CommentItemProps) {
  const [editing, setEditing] = useState(false)
  // A comment outlives its author's account: it stays, by "a deleted account".
  const author = comment.author?.username ?? 'Deleted account'
  const when = relativeTime(comment.created_at)
  const whose = mine ? 'your comment' : `${author}’s comment`
  return (
    <li className="d-flex gap-2 py-2 border-bottom">
      {comment.author ? (
        <Avatar user={comment.author} decorative />
      ) : (
        <span className="avatar avatar-md bg-secondary-subtle" aria-hidden="true" />
      )}
      <article className="flex-grow-1 min-w-0" aria-label={`${author}, ${when}`}>
        <div className="d-flex flex-wrap align-items-baseline gap-2 small mb-1">
          <strong className={comment.author ? 'text-break' : 'text-break fst-italic text-body-secondary'}>{author}</strong>
          <time className="text-body-secondary" dateTime={comment.created_at} title={formatInZone(comment.created_at, zone)}>
            {when}
          </time>
          {comment.edited_at && (
            <span className="text-body-secondary" title={`Edited ${formatInZone(comment.edited_at, zone)}`}>
              (edited)
            </span>
          )}
          {!readOnly && !editing && (
            <span className="ms-auto d-flex gap-2">
              {mine && (
                <button
                  type="button"
                  className="btn btn-link btn-sm p-0"
                  aria-label={`Edit ${whose} from ${when}`}
                  onClick={() => setEditing(true)}
                >
                  Edit
                </button>
              )}
              {canDelete && (
                <button
                  type="button"
                  className="btn btn-link btn-sm p-0 link-danger"
                  aria-label={`Delete ${whose} from ${when}`}
                  onClick={() => onDelete(comment)}
                >
                  Delete
                </button>
              )}
            </span>
          )}
        </div>
        {editing ? (
          <CommentEditForm comment={comment} people={people} onDone={() => setEditing(false)} />
        ) : (
          <CommentMarkdown text={comment.text} />
        )}
      </article>
    </li>
  )
}
