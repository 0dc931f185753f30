import { useCallback, useState } from 'react'
import { useNavigate } from 'react-router'

import { LoadError } from '@/components/load-error'
import { useTimeZone } from '@/lib/auth/current-user'

import { RANGE_MAX_PAGES } from '../api/get-calendar-tasks'
import { UNDATED_SCANNED } from '../api/get-undated-tasks'
import { PAGE_SIZE } from '../api/list-pages'
import type { VisibleRange } from '../utils/calendar-dates'
import { taskPath } from '../utils/calendar-events'
import { CalendarHeader } from './calendar-header'
import { NoDateTray } from './no-date-tray'
import { TaskCalendar, type CalendarDrop } from './task-calendar'
import { useCalendarData } from './use-calendar-data'
import { useReschedule, type Reschedule } from './use-reschedule'

export type { Reschedule }

interface CalendarPageProps {
  /** Saves a task's new due date with If-Match (its version); rejects with the API's error (412 when stale). */
  reschedule: Reschedule
}

/**
 * The calendar: month and week views of the tasks in the user's zone, with the No date tray. Dragging a task (or an
 * undated one from the tray) onto a day saves its new due date; a failure puts it back and says why.
 */
export function CalendarPage({ reschedule }: CalendarPageProps) {
  const zone = useTimeZone()
  const navigate = useNavigate()
  const [range, setRange] = useState<VisibleRange | null>(null)
  const [showCompleted, setShowCompleted] = useState(true)
  const { moves, message, drop } = useReschedule(reschedule)
  const { calendar, undated, events, tray, tasks } = useCalendarData({ range, zone, showCompleted, moves })

  const onDrop = useCallback(
    ({ taskId, due, undo }: CalendarDrop) => {
      const task = tasks.find((candidate) => candidate.id === taskId)
      if (task) drop(task, due, undo)
      else undo()
    },
    [tasks, drop],
  )

  return (
    <div>
      <CalendarHeader zone={zone} showCompleted={showCompleted} onShowCompleted={setShowCompleted} message={message} />
      {calendar.isError && (
        <LoadError what="the calendar" error={calendar.error} onRetry={calendar.refetch} retrying={calendar.isFetching} />
      )}
      {calendar.data && !calendar.data.complete && (
        <p className="small text-body-secondary">{`Only the first ${RANGE_MAX_PAGES * PAGE_SIZE} tasks of these days are shown.`}</p>
      )}
      <div className="row g-3">
        <div className="col-lg-3 order-lg-last">
          {undated.isError ? (
            <LoadError what="your tasks without a date" error={undated.error} onRetry={undated.refetch} retrying={undated.isFetching} compact />
          ) : (
            <NoDateTray tasks={tray} complete={undated.data?.complete ?? true} scanned={UNDATED_SCANNED} />
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
