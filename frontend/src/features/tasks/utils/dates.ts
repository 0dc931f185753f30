/** Due dates in the user's time zone (not the browser's): formatting, overdue, and day bounds for the filters. */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

import type { Task } from '../api/get-tasks'

/** `Mon 3 Mar 2025, 14:00` in `timeZone`; the year only when it is not the current one. */
export function formatDue(iso: string, timeZone: string, now: Date = new Date()): string {
  const due = new TZDate(iso, timeZone)
  const sameYear = due.getFullYear() === new TZDate(now, timeZone).getFullYear()
  return format(due, sameYear ? 'EEE d MMM, HH:mm' : 'EEE d MMM yyyy, HH:mm')
}

/** Open and past its due date. */
export function isOverdue(task: Pick<Task, 'completed' | 'due_date'>, now: number = Date.now()): boolean {
  return !task.completed && task.due_date !== null && Date.parse(task.due_date) < now
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** The year, month (1-12) and day of a real calendar day `yyyy-MM-dd`; null for anything else (2025-02-31 too). */
function parseDay(day: string): [number, number, number] | null {
  const match = DAY.exec(day)
  if (!match) return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // Date would roll an impossible day over (31 February is 3 March): a real day survives the round trip.
  const probe = new Date(0)
  probe.setUTCFullYear(year, month - 1, date)
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === date
  return real ? [year, month, date] : null
}

/** True for a real calendar day written `yyyy-MM-dd`. */
export function isValidDay(day: string): boolean {
  return parseDay(day) !== null
}

/** The UTC instant at which the calendar day `yyyy-MM-dd` starts in `timeZone` (plus `dayOffset` days), or null. */
export function dayStartUtc(day: string, timeZone: string, dayOffset = 0): string | null {
  const parts = parseDay(day)
  if (!parts) return null
  const [year, month, date] = parts
  const start = new TZDate(year, month - 1, date + dayOffset, timeZone)
  if (Number.isNaN(start.getTime())) return null
  return new Date(start.getTime()).toISOString()
}

/**
 * The API's `due_after`/`due_before` for the days `from`..`to` (both included) in `timeZone`.
 * Both bounds are exclusive on the server: after = one millisecond before `from` starts, before = when the day after `to` starts.
 */
export function dueRange(from: string, to: string, timeZone: string): { due_after?: string; due_before?: string } {
  const range: { due_after?: string; due_before?: string } = {}
  const start = from ? dayStartUtc(from, timeZone) : null
  if (start) range.due_after = new Date(Date.parse(start) - 1).toISOString()
  const end = to ? dayStartUtc(to, timeZone, 1) : null
  if (end) range.due_before = end
  return range
}
