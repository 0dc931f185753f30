import { useCallback, useId, useMemo, useState } from 'react'
import { useNavigate } from 'react-router'

import { LoadError } from '@/components/load-error'
import { useTimeZone } from '@/lib/auth/current-user'
import { zoneLabel } from '@/lib/zoned-time'

import { useCalendarTasks } from '../api/get-calendar-tasks'
import { useSeriesOccurrences } from '../api/get-series-occurrences'
import { UNDATED_SCANNED, useUndatedTasks } from '../api/get-undated-tasks'
import type { CalendarTask } from '../api/list-pages'
import { rangeInstants, type VisibleRange } from '../utils/calendar-dates'
import { occurrenceEvents, taskEvents, taskPath, withMoves } from '../utils/calendar-events'
import { NoDateTray } from './no-date-tray'
import { TaskCalendar, type CalendarDrop } from './task-calendar'
import { useReschedule, type Reschedule } from './use-reschedule'

export type { Reschedule }

interface CalendarPageProps {
  /** Saves a task's new due date with If-Match (its version); rejects with the API's error (412 when stale). */
  reschedule: Reschedule
}

const EMPTY: readonly CalendarTask[] = []

/** Open recurring tasks whose series may reach into the visible days. */
const openSeries = (tasks: readonly CalendarTask[]) => tasks.filter((task) => task.recurrence !== null && !task.completed)

/**
 * The calendar: month and week views of the tasks in the user's zone, with the No date tray. Dragging a task (or an
 * undated one from the tray) onto a day saves its new due date; a failure puts it back and says why.
 */
export function CalendarPage({ reschedule }: CalendarPageProps) {
  const zone = useTimeZone()
  const navigate = useNavigate()
  const headingId = useId()
  const [range, setRange] = useState<VisibleRange | null>(null)
  const [showCompleted, setShowCompleted] = useState(true)
  const calendar = useCalendarTasks(range, zone)
  const undated = useUndatedTasks()
  const { moves, message, drop } = useReschedule(reschedule)

  const dated = calendar.data?.tasks ?? EMPTY
  const undatedTasks = undated.data?.items ?? EMPTY
  const span = useMemo(() => (range ? rangeInstants(range, zone) : null), [range, zone])
  const series = useMemo(() => openSeries([...dated, ...(calendar.data?.earlierSeries ?? EMPTY)]), [dated, calendar.data])
  const occurrences = useSeriesOccurrences(series, span)

  const events = useMemo(() => {
    const shown = withMoves([...dated, ...undatedTasks.filter((task) => moves.has(task.id))], moves)
    return [...taskEvents(shown, zone, showCompleted), ...occurrenceEvents(occurrences, zone)]
  }, [dated, undatedTasks, moves, zone, showCompleted, occurrences])

  const onDrop = useCallback(
    ({ taskId, due, undo }: CalendarDrop) => {
      const task = [...dated, ...undatedTasks].find((candidate) => candidate.id === taskId)
      if (task) drop(task, due, undo)
      else undo()
    },
    [dated, undatedTasks, drop],
  )

  return (
    <div>
      <div className="d-flex flex-wrap align-items-center gap-3 mb-2">
        <h1 id={headingId} className="fs-3 mb-0 me-auto">
          Calendar
        </h1>
        <div className="form-check form-switch mb-0">
          <input
            id={`${headingId}-completed`}
            className="form-check-input"
            type="checkbox"
            role="switch"
            checked={showCompleted}
            onChange={(event) => setShowCompleted(event.target.checked)}
          />
          <label className="form-check-label" htmlFor={`${headingId}-completed`}>
            Show completed tasks
          </label>
        </div>
      </div>
      <p className="small text-body-secondary">
        {`Times in ${zoneLabel(zone)}. Drag a task to another day to reschedule it, or open it to change its due date.`}
      </p>
      <div aria-live="polite" role="status" className={message?.tone === 'error' ? 'text-danger small mb-2' : 'small mb-2'}>
        {message?.text}
      </div>
      {calendar.isError && (
        <LoadError what="the calendar" error={calendar.error} onRetry={calendar.refetch} retrying={calendar.isFetching} />
      )}
      {calendar.data && !calendar.data.complete && (
        <p className="small text-body-secondary">Only the first 500 tasks of these days are shown.</p>
      )}
      <div className="row g-3">
        <div className="col-lg-3 order-lg-last">
          {undated.isError ? (
            <LoadError what="your tasks without a date" error={undated.error} onRetry={undated.refetch} retrying={undated.isFetching} compact />
          ) : (
            <NoDateTray
              tasks={undatedTasks.filter((task) => !moves.has(task.id))}
              complete={undated.data?.complete ?? true}
              scanned={UNDATED_SCANNED}
            />
          )}
        </div>
        <div className="col-lg-9">
          <TaskCalendar
            events={events}
            zone={zone}
            onRangeChange={setRange}
            onOpen={(taskId) => void navigate(taskPath(taskId))}
            onDrop={onDrop}
          />
        </div>
      </div>
    </div>
  )
}
