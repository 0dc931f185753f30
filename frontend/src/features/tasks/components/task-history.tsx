import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'

import { useTaskHistory, type AuditEvent } from '../api/get-task-history'
import { formatInZone } from '@/lib/zoned-time'

const ACTIONS: Record<AuditEvent['action'], string> = {
  create: 'created the task',
  update: 'changed the task',
  complete: 'completed the task',
  delete: 'deleted the task',
  move: 'moved the task',
}
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function fieldName(field: string): string {
  const words = field.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A recorded value in words (user text stays text: React escapes it). */
function describeValue(value: unknown, zone: string): string {
  if (value === null || value === undefined || value === '') return 'none'
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? formatInZone(value, zone) : `“${value}”`
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => describeValue(item, zone)).join(', ')
  return JSON.stringify(value)
}

interface TaskHistoryProps {
  taskId: number
  zone: string
  /** The signed-in user's id: their own changes read "You". */
  meId: number | undefined
  enabled: boolean
}

/** Who changed what and when, oldest first, from the task's audit trail. */
export function TaskHistory({ taskId, zone, meId, enabled }: TaskHistoryProps) {
  const history = useTaskHistory(taskId, { enabled })
  if (history.isPending) return enabled ? <Spinner label="Loading history…" /> : null
  if (history.isError) return <p className="text-danger">{describeError(history.error)}</p>
  const events = history.data.pages.flatMap((page) => page.items)
  if (events.length === 0) return <p className="text-body-secondary">No history yet.</p>
  return (
    <>
      <ol className="list-unstyled mb-2">
        {events.map((event) => (
          <li key={event.id} className="border-bottom py-2">
            <div>
              <strong>{event.user_id === meId ? 'You' : `User ${event.user_id}`}</strong> {ACTIONS[event.action]}{' '}
              <time dateTime={event.at} className="text-body-secondary small">
                {formatInZone(event.at, zone)}
              </time>
            </div>
            {Object.keys(event.changes).length > 0 && (
              <ul className="small mb-0 text-break">
                {Object.entries(event.changes).map(([field, [before, after]]) => (
                  <li key={field}>
                    {fieldName(field)}: {describeValue(before, zone)} → {describeValue(after, zone)}
                  </li>
                ))}
              </ul>
            )}
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
