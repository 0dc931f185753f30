import { useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser, useTimeZone } from '@/lib/auth/current-user'
import { usePeople } from '@/lib/projects/people-query'
import { hasRole, useProjects } from '@/lib/projects/projects-query'

import { useDeleteComment } from '../api/delete-comment'
import { useComments, type Comment } from '../api/get-comments'
import { isGone } from '../utils/comment-errors'
import { CommentComposer } from './comment-composer'
import { CommentItem } from './comment-item'

export interface TaskCommentsProps {
  taskId: number
  projectId: number
  /** The thread is showing: load it (and, once loaded, keep following it while the editor is open). */
  active: boolean
}

function useRemoveComment() {
  const remove = useDeleteComment()
  const [asked, setAsked] = useState<Comment | null>(null)
  const confirm = () => {
    if (!asked) return
    remove.mutate(asked, {
      onSuccess: () => toast.success('Comment deleted'),
      // Gone already (deleted elsewhere): what the user wanted.
      onError: (error) => (isGone(error) ? toast.info('That comment was already deleted.') : toast.error(`The comment was not deleted: ${describeError(error)}`)),
      onSettled: () => setAsked(null),
    })
  }
  return { asked, ask: setAsked, cancel: () => setAsked(null), confirm, busy: remove.isPending }
}

/**
 * A task's comments, oldest first, in pages ("Show newer comments" continues); a box to add one (viewers too),
 * unless the project is archived. The live stream refetches the thread when anyone comments.
 */
export function TaskComments({ taskId, projectId, active }: TaskCommentsProps) {
  // Loaded the first time the tab shows, then kept.
  const [wanted, setWanted] = useState(active)
  if (active && !wanted) setWanted(true)
  const comments = useComments(taskId, { enabled: wanted })
  const me = useCurrentUser().data
  const zone = useTimeZone()
  const project = useProjects().data?.find((candidate) => candidate.id === projectId)
  const members = usePeople(wanted ? projectId : null)
  const people = (members.data ?? []).map((member) => member.user).filter((person) => person.id !== me?.id)
  const admin = project ? hasRole(project.role, 'admin') : false
  const archived = project?.archived ?? false
  const removal = useRemoveComment()

  if (comments.isPending) return wanted ? <Spinner label="Loading comments…" /> : null
  if (comments.isError) {
    return <LoadError what="the comments" error={comments.error} onRetry={comments.refetch} retrying={comments.isFetching} />
  }
  const items = comments.data.pages.flatMap((page) => page.items)
  return (
    <>
      {items.length === 0 ? (
        <p className="text-body-secondary">No comments yet.</p>
      ) : (
        <ol className="list-unstyled mb-2" aria-label="Comments">
          {items.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              zone={zone}
              mine={comment.author !== null && comment.author.id === me?.id}
              canDelete={(comment.author !== null && comment.author.id === me?.id) || admin}
              readOnly={archived}
              people={people}
              onDelete={removal.ask}
            />
          ))}
        </ol>
      )}
      {comments.hasNextPage && (
        <button
          type="button"
          className="btn btn-sm btn-outline-secondary"
          disabled={comments.isFetchingNextPage}
          onClick={() => void comments.fetchNextPage()}
        >
          {comments.isFetchingNextPage ? 'Loading…' : 'Show newer comments'}
        </button>
      )}
      {archived ? (
        <p className="small text-body-secondary mt-3 mb-0">The project is archived: its comments can be read, not changed.</p>
      ) : (
        <CommentComposer taskId={taskId} people={people} />
      )}
      <ConfirmDialog
        open={removal.asked !== null}
        title="Delete this comment?"
        confirmLabel="Delete comment"
        danger
        busy={removal.busy}
        onConfirm={removal.confirm}
        onCancel={removal.cancel}
      >
        It is removed for everyone; this cannot be undone.
      </ConfirmDialog>
    </>
  )
}
