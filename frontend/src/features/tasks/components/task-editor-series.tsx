import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { formatInZone } from '@/lib/zoned-time'

import { useOccurrences } from '../api/get-occurrences'
import type { Task } from '../api/get-tasks'
import { describeRRule } from '../utils/rrule-text'

/** A recurring task's series as saved: its rule and its next due dates from the API. */
export function TaskSeries({ task, zone, enabled }: { task: Task; zone: string; enabled: boolean }) {
  const occurrences = useOccurrences(task.id, { limit: 5, enabled })
  const recurrence = task.recurrence
  if (!recurrence) return null
  return (
    <section aria-label="Series">
      <p className="mb-1">
        {describeRRule(recurrence.rrule) ?? recurrence.rrule}
        {recurrence.anchor === 'completion' ? ', counted from each completion' : ''}.
      </p>
      <p className="small text-body-secondary">
        This is occurrence {recurrence.occurrence} of the series; it repeats in {recurrence.timezone}.
      </p>
      <h3 className="fs-6">Next due dates</h3>
      {occurrences.isPending ? (
        enabled && <Spinner label="Loading the series…" />
      ) : occurrences.isError ? (
        <LoadError
          what="the next dates"
          error={occurrences.error}
          onRetry={occurrences.refetch}
          retrying={occurrences.isFetching}
          compact
        />
      ) : occurrences.data.length === 0 ? (
        <p className="text-body-secondary">No more occurrences.</p>
      ) : (
        <ul>
          {occurrences.data.map((iso) => (
            <li key={iso}>
              <time dateTime={iso}>{formatInZone(iso, zone)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
