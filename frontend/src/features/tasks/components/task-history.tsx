import { AuditChanges } from '@/components/audit-changes'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import type { AuditAction } from '@/lib/audit/describe-changes'
import { formatInZone } from '@/lib/zoned-time'

import { useTaskHistory } from '../api/get-task-history'

const ACTIONS: Record<AuditAction, string> = {
  create: 'created the task',
  update: 'changed the task',
  complete: 'completed the task',
  delete: 'deleted the task',
  restore: 'restored the task from the trash',
  move: 'moved the task',
  comment: 'commented',
  comment_edit: 'edited a comment',
  comment_delete: 'deleted a comment',
}

interface TaskHistoryProps {
  taskId: number
  zone: string
  /** The signed-in user's id: their own changes read "You". */
  meId: number | undefined
  enabled: boolean
}

/** Who changed what and when, newest first, from the task's audit trail. */
export function TaskHistory({ taskId, zone, meId, enabled }: TaskHistoryProps) {
  const history = useTaskHistory(taskId, { enabled })
  if (history.isPending) return enabled ? <Spinner label="Loading history…" /> : null
  if (history.isError) {
    return <LoadError what="the history" error={history.error} onRetry={history.refetch} retrying={history.isFetching} compact />
  }
  const events = history.data.pages.flatMap((page) => page.items)
  if (events.length === 0) return <p className="text-body-secondary">No history yet.</p>
  return (
    <>
      <ol className="list-unstyled mb-2" aria-label="Changes to this task">
        {events.map((event) => (
          <li key={event.id} className="border-bottom py-2">
            <div>
              <strong className="text-break">{event.actor.id === meId ? 'You' : event.actor.username}</strong>{' '}
              {ACTIONS[event.action]}{' '}
              <time dateTime={event.at} className="text-body-secondary small">
                {formatInZone(event.at, zone)}
              </time>
            </div>
            <AuditChanges event={event} timeZone={zone} />
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <button
          type="button"
          className="btn btn-sm btn-outline-secondary"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      )}
    </>
  )
}
