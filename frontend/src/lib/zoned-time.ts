import { TZDate } from '@date-fns/tz'
import { format, formatDistanceStrict } from 'date-fns'

/** Instants in a named time zone (the user's, not the browser's): formatting and wall-clock conversion. */

/** An API instant (ISO 8601) as wall-clock text in `timeZone`, e.g. "Mon 24 Nov 2025, 14:30". */
export function formatInZone(iso: string, timeZone: string, pattern = 'EEE d MMM yyyy, HH:mm'): string {
  return format(new TZDate(iso, timeZone), pattern)
}

/** How long ago (or until) an instant is, in words: "5 minutes ago", "in 2 hours". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  return formatDistanceStrict(new Date(iso), now, { addSuffix: true })
}

/** The browser's zone: the fallback while the user's own zone is not known. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

export interface WallClock {
  /** yyyy-MM-dd, or '' for none. */
  date: string
  /** HH:mm, or '' for none. */
  time: string
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2})$/

/** The date and time an ISO instant shows in `zone` ('' parts for null). */
export function toWallClock(iso: string | null | undefined, zone: string): WallClock {
  if (!iso) return { date: '', time: '' }
  const zoned = new TZDate(iso, zone)
  return { date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') }
}

/**
 * The UTC ISO instant of a wall-clock date and time in `zone` (midnight when the time is empty);
 * null when the date is empty or not a date.
 */
export function fromWallClock({ date, time }: WallClock, zone: string): string | null {
  const day = DATE.exec(date)
  if (!day) return null
  const clock = TIME.exec(time) ?? [null, '00', '00']
  const zoned = new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]), zone)
  if (Number.isNaN(zoned.getTime())) return null
  return new Date(zoned.getTime()).toISOString()
}

/** The zone's short name at an instant (e.g. "EST"), falling back to the IANA name. */
export function zoneLabel(zone: string, at: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at)
    const short = parts.find((part) => part.type === 'timeZoneName')?.value
    return short && short !== zone ? `${zone} (${short})` : zone
  } catch {
    return zone
  }
}
