import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'

import { rangeInstants, type VisibleRange } from '../utils/calendar-dates'
import { listPages, type CalendarTask } from './list-pages'

/** Every calendar query key starts here (task writes invalidate every user query, these included). */
export const calendarKeys = {
  all: ['calendar'] as const,
  range: (range: VisibleRange, zone: string) => [...calendarKeys.all, 'range', range.start, range.end, zone] as const,
  undated: () => [...calendarKeys.all, 'undated'] as const,
  occurrences: (taskId: number, due: string, from: string, to: string) =>
    [...calendarKeys.all, 'occurrences', taskId, due, from, to] as const,
}

/** A month view shows six weeks: five pages (500 tasks) is far beyond what fits in its cells. */
export const RANGE_MAX_PAGES = 5

export interface CalendarTasks {
  /** Tasks due in the visible days, open and completed. */
  tasks: CalendarTask[]
  /** Open recurring tasks due before the visible days: their next occurrences may fall in them. */
  earlierSeries: CalendarTask[]
  complete: boolean
}

/**
 * The tasks due in the visible days of `zone` (the API's `due_after`/`due_before`, both exclusive) and the open
 * recurring ones due before them (the newest 100), whose series may reach into the range. Throws ApiError.
 */
export async function getCalendarTasks(range: VisibleRange, zone: string, signal?: AbortSignal): Promise<CalendarTasks> {
  const bounds = rangeInstants(range, zone)
  if (!bounds) return { tasks: [], earlierSeries: [], complete: true }
  const dueAfter = new Date(Date.parse(bounds.from) - 1).toISOString()
  const [inRange, earlier] = await Promise.all([
    listPages({ due_after: dueAfter, due_before: bounds.to, sort: 'due_date', order: 'asc' }, RANGE_MAX_PAGES, signal),
    listPages({ completed: false, due_before: bounds.from, sort: 'due_date', order: 'desc' }, 1, signal),
  ])
  return {
    tasks: inRange.items,
    earlierSeries: earlier.items.filter((task) => task.recurrence !== null),
    complete: inRange.complete,
  }
}

export const calendarTasksQueryOptions = (range: VisibleRange, zone: string) =>
  queryOptions({
    queryKey: calendarKeys.range(range, zone),
    queryFn: ({ signal }) => getCalendarTasks(range, zone, signal),
    placeholderData: keepPreviousData,
  })

export function useCalendarTasks(range: VisibleRange | null, zone: string) {
  return useQuery({
    ...calendarTasksQueryOptions(range ?? { start: '', end: '' }, zone),
    enabled: range !== null,
  })
}
