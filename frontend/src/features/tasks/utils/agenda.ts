/** Today and Upcoming: the days they cover in the user's zone, the API query for them, and tasks grouped by day. */
import { TZDate } from '@date-fns/tz'
import { addDays, format } from 'date-fns'

import type { Task, TaskListParams } from '../api/get-tasks'
import { dayStartUtc } from './dates'

/** How many days Upcoming covers, today included. */
export const UPCOMING_DAYS = 7
/** The most tasks a day view loads (the API's largest page). */
export const AGENDA_LIMIT = 100

/** The calendar day (`yyyy-MM-dd`) an instant falls on in `timeZone`. */
export function dayOf(instant: string | number, timeZone: string): string {
  return format(new TZDate(typeof instant === 'string' ? Date.parse(instant) : instant, timeZone), 'yyyy-MM-dd')
}

/** The `count` days from `today` on (`yyyy-MM-dd`), as the user's calendar has them. */
export function daysFrom(today: string, count: number): string[] {
  const [year, month, day] = today.split('-').map(Number)
  const start = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
  return Array.from({ length: count }, (_, offset) => addDays(start, offset).toISOString().slice(0, 10))
}

/** "Today · Mon 3 Mar", "Tomorrow · Tue 4 Mar", "Wed 5 Mar". */
export function dayLabel(day: string, today: string): string {
  const [year, month, date] = day.split('-').map(Number)
  const text = format(new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1), 'EEE d MMM')
  if (day === today) return `Today · ${text}`
  if (day === daysFrom(today, 2)[1]) return `Tomorrow · ${text}`
  return text
}

const OPEN_BY_DUE = { completed: false, sort: 'due_date', order: 'asc', per_page: AGENDA_LIMIT } as const

/** Open tasks due before tomorrow in the user's zone: today's and the overdue ones. */
export function todayParams(today: string, timeZone: string): TaskListParams {
  return { ...OPEN_BY_DUE, due_before: dayStartUtc(today, timeZone, 1) ?? undefined }
}

/** Open tasks due from today's start to the end of the `UPCOMING_DAYS`th day, in the user's zone. */
export function upcomingParams(today: string, timeZone: string): TaskListParams {
  const start = dayStartUtc(today, timeZone)
  return {
    ...OPEN_BY_DUE,
    due_after: start ? new Date(Date.parse(start) - 1).toISOString() : undefined,
    due_before: dayStartUtc(today, timeZone, UPCOMING_DAYS) ?? undefined,
  }
}

/** The tasks by the day they are due in `timeZone` (tasks without a due date are left out). */
export function groupByDay(tasks: readonly Task[], timeZone: string): Map<string, Task[]> {
  const days = new Map<string, Task[]>()
  for (const task of tasks) {
    if (!task.due_date) continue
    const day = dayOf(task.due_date, timeZone)
    days.set(day, [...(days.get(day) ?? []), task])
  }
  return days
}
