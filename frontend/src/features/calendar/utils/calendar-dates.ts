/**
 * The calendar shows the user's zone (their profile's, never the browser's) through wall-clock strings.
 *
 * FullCalendar is given `timeZone: 'UTC'` and every date as a wall-clock string without an offset
 * ('2026-03-30T09:00:00', or '2026-03-30' for a day), so the time it draws, the day it puts an event on and the
 * dates it hands back (read with the UTC getters) are exactly the user's wall clock. UTC has no DST, so a day in
 * FullCalendar is always 24 hours and moving an event by N days never shifts its clock time. The only conversions
 * between wall clock and instant happen here, in the user's zone, with @date-fns/tz: moving 09:00 from a winter day
 * to a summer day gives 09:00 on the new day (a different UTC offset), which is what a person means by "the same
 * time". (FullCalendar's own named-zone support would need another plugin and still compute moves on instants.)
 */
import { fromWallClock, toWallClock, type WallClock } from '@/lib/zoned-time'

/** A day `yyyy-MM-dd`. */
export type Day = string

/** The wall-clock string FullCalendar gets for an instant: a day for midnight (an all-day task), else date and time. */
export function calendarStart(iso: string, zone: string): { start: string; allDay: boolean } {
  const { date, time } = toWallClock(iso, zone)
  // The editor saves a due date without a time as midnight in the user's zone: that is an all-day task.
  if (time === '00:00') return { start: date, allDay: true }
  return { start: `${date}T${time}:00`, allDay: false }
}

/** The wall clock (day and time, '' for an all-day drop) of a date FullCalendar hands back in UTC mode. */
export function wallClockOf(date: Date, allDay: boolean): WallClock {
  const iso = date.toISOString()
  return { date: iso.slice(0, 10), time: allDay ? '' : iso.slice(11, 16) }
}

/**
 * The new due instant of a task dropped at `dropped` (a FullCalendar date in UTC mode) in the user's zone:
 * the dropped day and clock time (midnight for the all-day row), so a day move keeps the task's time, across DST too.
 */
export function droppedDue(dropped: Date, allDay: boolean, zone: string): string | null {
  return fromWallClock(wallClockOf(dropped, allDay), zone)
}

/** The same wall-clock time as `iso` on `day`, in `zone` (the task moved by whole days). */
export function moveToDay(iso: string, day: Day, zone: string): string | null {
  return fromWallClock({ date: day, time: toWallClock(iso, zone).time }, zone)
}

export interface VisibleRange {
  /** The first day shown. */
  start: Day
  /** The day after the last one shown. */
  end: Day
}

/** The days FullCalendar shows (its `start`/`end` in UTC mode are wall-clock midnights). */
export function visibleRange(start: Date, end: Date): VisibleRange {
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) }
}

/**
 * The instants bounding the visible days in the user's zone: `from` when the first day starts, `to` when the day after
 * the last one starts. A day in the zone may be 23 or 25 hours long: each bound is computed from its own wall clock.
 */
export function rangeInstants(range: VisibleRange, zone: string): { from: string; to: string } | null {
  const from = fromWallClock({ date: range.start, time: '' }, zone)
  const to = fromWallClock({ date: range.end, time: '' }, zone)
  return from && to ? { from, to } : null
}

/** Today in `zone` as FullCalendar's wall-clock "now" (so today's cell is the user's today, not UTC's). */
export function wallClockNow(zone: string, now: Date = new Date()): string {
  const { date, time } = toWallClock(now.toISOString(), zone)
  return `${date}T${time}:00`
}
