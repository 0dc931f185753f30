import { useMemo } from 'react'

import { useCalendarTasks } from '../api/get-calendar-tasks'
import { useSeriesOccurrences } from '../api/get-series-occurrences'
import { useUndatedTasks } from '../api/get-undated-tasks'
import type { CalendarTask } from '../api/list-pages'
import { rangeInstants, type VisibleRange } from '../utils/calendar-dates'
import { occurrenceEvents, taskEvents, withMoves } from '../utils/calendar-events'

const EMPTY: readonly CalendarTask[] = []

/** Open recurring tasks whose series may reach into the visible days. */
const openSeries = (tasks: readonly CalendarTask[]) => tasks.filter((task) => task.recurrence !== null && !task.completed)

interface CalendarDataInput {
  range: VisibleRange | null
  zone: string
  showCompleted: boolean
  /** Due dates being saved, by task id: shown at once. */
  moves: ReadonlyMap<number, string>
}

/**
 * What the calendar shows: the visible days' tasks (moves in flight applied), the later occurrences of the series
 * that reach into them, and the undated open tasks for the tray.
 */
export function useCalendarData({ range, zone, showCompleted, moves }: CalendarDataInput) {
  const calendar = useCalendarTasks(range, zone)
  const undated = useUndatedTasks()
  const dated = calendar.data?.tasks ?? EMPTY
  const undatedTasks = undated.data?.items ?? EMPTY
  const span = useMemo(() => (range ? rangeInstants(range, zone) : null), [range, zone])
  const series = useMemo(() => openSeries([...dated, ...(calendar.data?.earlierSeries ?? EMPTY)]), [dated, calendar.data])
  const occurrences = useSeriesOccurrences(series, span)

  const events = useMemo(() => {
    const shown = withMoves([...dated, ...undatedTasks.filter((task) => moves.has(task.id))], moves)
    return [...taskEvents(shown, zone, showCompleted), ...occurrenceEvents(occurrences, zone)]
  }, [dated, undatedTasks, moves, zone, showCompleted, occurrences])
  const tray = useMemo(() => undatedTasks.filter((task) => !moves.has(task.id)), [undatedTasks, moves])
  const tasks = useMemo(() => [...dated, ...undatedTasks], [dated, undatedTasks])

  return { calendar, undated, events, tray, tasks }
}
