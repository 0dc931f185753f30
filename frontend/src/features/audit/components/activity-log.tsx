import { useId, useState } from 'react'

import { AuditChanges } from '@/components/audit-changes'
import { Spinner } from '@/components/spinner'
import { LoadError } from '@/components/load-error'
import type { AuditAction, AuditEvent } from '@/lib/audit/describe-changes'
import { useCurrentUser, useTimeZone } from '@/lib/auth/current-user'
import { formatInZone } from '@/lib/zoned-time'

import { useAudit } from '../api/get-audit'
import { knownTitles, titleOf } from './event-titles'

const ACTIONS: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Updated',
  complete: 'Completed',
  delete: 'Deleted',
  restore: 'Restored',
  move: 'Moved',
  comment: 'Commented',
  comment_edit: 'Edited a comment',
  comment_delete: 'Deleted a comment',
}

function EventItem({ event, title, timeZone, meId }: { event: AuditEvent; title: string | null; timeZone: string; meId: number | undefined }) {
  return (
    <li className="list-group-item">
      <div className="d-flex flex-wrap justify-content-between gap-2">
        <p className="mb-1 task-title min-w-0">
          <span className="fw-semibold">{ACTIONS[event.action]}</span>{' '}
          {title ?? <span className="text-body-secondary">Task #{event.task_id}</span>}
          {title && <span className="visually-hidden"> (task #{event.task_id})</span>}
          {event.actor.id !== meId && <span className="text-body-secondary"> by {event.actor.username}</span>}
        </p>
        <time className="small text-body-secondary text-nowrap" dateTime={event.at}>
          {formatInZone(event.at, timeZone)}
        </time>
      </div>
      {/* The heading names the task: a create's or delete's title is not repeated below it. */}
      <AuditChanges event={event} timeZone={timeZone} titleShown className="task-title" />
    </li>
  )
}

/** Every change to the user's tasks, newest first, in the user's zone, with an action filter and paging. */
export function ActivityLog() {
  const [action, setAction] = useState<AuditAction | ''>('')
  const filterId = useId()
  const timeZone = useTimeZone()
  const meId = useCurrentUser().data?.id
  const audit = useAudit(action ? { action } : {})
  const events = audit.data?.pages.flatMap((page) => page.items) ?? []
  const titles = knownTitles(events)

  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-3 mb-4">
        <h1 className="fs-3 mb-0">Activity</h1>
        <div className="d-flex align-items-center gap-2">
          <label htmlFor={filterId} className="form-label mb-0">
            Show
          </label>
          <select
            id={filterId}
            className="form-select form-select-sm w-auto"
            value={action}
            onChange={(event) => setAction(event.target.value as AuditAction | '')}
          >
            <option value="">All changes</option>
            {(Object.keys(ACTIONS) as AuditAction[]).map((value) => (
              <option key={value} value={value}>
                {ACTIONS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {audit.isPending ? (
        <Spinner label="Loading activity…" />
      ) : audit.isError ? (
        <LoadError what="the activity" error={audit.error} onRetry={audit.refetch} retrying={audit.isFetching} />
      ) : events.length === 0 ? (
        <p className="text-body-secondary">No activity yet{action ? ' of this kind' : ''}.</p>
      ) : (
        <>
          <p className="text-body-secondary small">Newest first; times in {timeZone}.</p>
          <ol className="list-group mb-3" aria-label="Changes to your tasks">
            {events.map((event) => (
              <EventItem
                key={event.id}
                event={event}
                title={titleOf(event) ?? titles.get(event.task_id) ?? null}
                timeZone={timeZone}
                meId={meId}
              />
            ))}
          </ol>
          {audit.hasNextPage && (
            <button
              type="button"
              className="btn btn-outline-secondary"
              disabled={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              {audit.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          )}
          <p className="visually-hidden" aria-live="polite">
            {events.length} changes shown
          </p>
        </>
      )}
    </>
  )
}
