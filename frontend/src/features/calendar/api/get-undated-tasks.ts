import { queryOptions, useQuery } from '@tanstack/react-query'

import { calendarKeys } from './get-calendar-tasks'
import { listPages, PAGE_SIZE, type CalendarTask } from './list-pages'

/**
 * The API cannot filter on "no due date", and sorts tasks without one last: the tray reads the newest open tasks,
 * at most this many pages, and keeps the undated ones.
 */
export const UNDATED_MAX_PAGES = 3
export const UNDATED_SCANNED = UNDATED_MAX_PAGES * PAGE_SIZE

export interface UndatedTasks {
  items: CalendarTask[]
  /** False when there are more open tasks than were read (older undated ones may be missing). */
  complete: boolean
}

/** Open top-level tasks without a due date, newest first. Throws ApiError. */
export async function getUndatedTasks(signal?: AbortSignal): Promise<UndatedTasks> {
  const pages = await listPages({ completed: false, sort: 'created_at', order: 'desc' }, UNDATED_MAX_PAGES, signal)
  return { items: pages.items.filter((task) => task.due_date === null), complete: pages.complete }
}

export const undatedTasksQueryOptions = () =>
  queryOptions({ queryKey: calendarKeys.undated(), queryFn: ({ signal }) => getUndatedTasks(signal) })

export function useUndatedTasks() {
  return useQuery(undatedTasksQueryOptions())
}
