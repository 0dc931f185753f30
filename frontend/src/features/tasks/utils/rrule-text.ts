/**
 * The friendly recurrence editor's model and its RRULE text, both ways. Rules it cannot represent
 * (BYMONTH, BYSETPOS, several month days, a date-time UNTIL, ...) parse to null: a "custom rule".
 */
import { TZDate } from '@date-fns/tz'
import { RRule } from 'rrule'

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const
export type Weekday = (typeof WEEKDAYS)[number]
export type Frequency = 'daily' | 'weekdays' | 'weekly' | 'monthly' | 'yearly'
/** monthly on the due date's day, on day N (-1: the last day), or on the Nth weekday (-1: the last). */
export type MonthlyMode = 'due' | 'day' | 'weekday'
export type EndMode = 'never' | 'count' | 'until'

export interface FriendlyRule {
  freq: Frequency
  /** 0 while the field is empty: treated as 1. */
  interval: number
  /** Weekly: the days; empty means the due date's weekday. */
  days: Weekday[]
  monthly: MonthlyMode
  monthDay: number
  /** 1-4, or -1 for the last. */
  nth: number
  nthDay: Weekday
  end: EndMode
  count: number
  /** yyyy-MM-dd */
  until: string
}

export const DEFAULT_RULE: FriendlyRule = {
  freq: 'weekly',
  interval: 1,
  days: [],
  monthly: 'due',
  monthDay: 1,
  nth: 1,
  nthDay: 'MO',
  end: 'never',
  count: 10,
  until: '',
}

const WORKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR']
const KNOWN_PARTS = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY'])
const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value)
const sameDays = (a: readonly Weekday[], b: readonly Weekday[]) =>
  a.length === b.length && a.every((day) => b.includes(day))

/** The RRULE text of a friendly rule, its parts in RFC 5545 order (as the API normalises them). */
export function toRRule(rule: FriendlyRule): string {
  const freq = { daily: 'DAILY', weekdays: 'WEEKLY', weekly: 'WEEKLY', monthly: 'MONTHLY', yearly: 'YEARLY' }[rule.freq]
  const parts = [`FREQ=${freq}`]
  if (rule.end === 'until' && rule.until) parts.push(`UNTIL=${rule.until.replaceAll('-', '')}`)
  if (rule.end === 'count') parts.push(`COUNT=${Math.max(1, rule.count || 1)}`)
  if (rule.freq !== 'weekdays' && rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`)
  if (rule.freq === 'weekdays') parts.push(`BYDAY=${WORKDAYS.join(',')}`)
  if (rule.freq === 'weekly' && rule.days.length > 0) {
    parts.push(`BYDAY=${WEEKDAYS.filter((day) => rule.days.includes(day)).join(',')}`)
  }
  if (rule.freq === 'monthly' && rule.monthly === 'day') parts.push(`BYMONTHDAY=${rule.monthDay}`)
  if (rule.freq === 'monthly' && rule.monthly === 'weekday') parts.push(`BYDAY=${rule.nth}${rule.nthDay}`)
  return parts.join(';')
}

function splitRule(text: string): Map<string, string> | null {
  const parts = new Map<string, string>()
  const body = text.trim().toUpperCase().replace(/^RRULE:/, '')
  if (!body) return null
  for (const part of body.split(';')) {
    const [key, value, ...rest] = part.split('=')
    if (!key || value === undefined || rest.length > 0 || parts.has(key)) return null
    parts.set(key, value)
  }
  return parts
}

function parseEnd(parts: Map<string, string>, rule: FriendlyRule): FriendlyRule | null {
  const count = parts.get('COUNT')
  const until = parts.get('UNTIL')
  if (count !== undefined && until !== undefined) return null
  if (count !== undefined) {
    if (!/^\d+$/.test(count)) return null
    return { ...rule, end: 'count', count: Number(count) }
  }
  if (until !== undefined) {
    const day = /^(\d{4})(\d{2})(\d{2})$/.exec(until)
    if (!day) return null
    return { ...rule, end: 'until', until: `${day[1]}-${day[2]}-${day[3]}` }
  }
  return rule
}

function parseMonthly(parts: Map<string, string>, rule: FriendlyRule): FriendlyRule | null {
  const monthDay = parts.get('BYMONTHDAY')
  const byday = parts.get('BYDAY')
  if (monthDay !== undefined && byday !== undefined) return null
  if (monthDay !== undefined) {
    const day = Number(monthDay)
    if (!/^-?\d+$/.test(monthDay) || !(day === -1 || (day >= 1 && day <= 31))) return null
    return { ...rule, monthly: 'day', monthDay: day }
  }
  if (byday !== undefined) {
    const match = /^([+-]?[1-4]|-1)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday)
    if (!match?.[1] || !match[2] || !isWeekday(match[2])) return null
    return { ...rule, monthly: 'weekday', nth: Number(match[1]), nthDay: match[2] }
  }
  return { ...rule, monthly: 'due' }
}

/** The friendly rule an RRULE text states, or null when the friendly editor cannot show it. */
export function parseRRule(text: string): FriendlyRule | null {
  const parts = splitRule(text)
  if (!parts) return null
  for (const key of parts.keys()) if (!KNOWN_PARTS.has(key)) return null
  const interval = parts.get('INTERVAL') ?? '1'
  if (!/^\d+$/.test(interval) || Number(interval) < 1) return null
  const byday = parts.get('BYDAY')
  const days = byday?.split(',') ?? []
  const plainDays = days.every(isWeekday) ? days.filter(isWeekday) : null
  let rule: FriendlyRule = { ...DEFAULT_RULE, interval: Number(interval) }
  const freq = parts.get('FREQ')
  if (freq === 'MONTHLY') {
    const monthly = parseMonthly(parts, rule)
    if (!monthly) return null
    rule = { ...monthly, freq: 'monthly' }
  } else {
    if (parts.has('BYMONTHDAY')) return null
    const isWorkdays = plainDays !== null && sameDays(plainDays, WORKDAYS) && rule.interval === 1
    if ((freq === 'DAILY' || freq === 'WEEKLY') && isWorkdays) rule = { ...rule, freq: 'weekdays' }
    else if (freq === 'WEEKLY' && plainDays) rule = { ...rule, freq: 'weekly', days: plainDays }
    else if (freq === 'DAILY' && !byday) rule = { ...rule, freq: 'daily' }
    else if (freq === 'YEARLY' && !byday) rule = { ...rule, freq: 'yearly' }
    else return null
  }
  return parseEnd(parts, rule)
}

/** The rule in words ("every 2 weeks on Monday, Wednesday"), or null when it does not parse. */
export function describeRRule(text: string): string | null {
  try {
    const words = RRule.fromString(text.trim().replace(/^RRULE:/i, '')).toText()
    return words.charAt(0).toUpperCase() + words.slice(1)
  } catch {
    return null
  }
}

const DAY_MS = 86_400_000

/**
 * The first `limit` due dates of a series starting at `dueIso` (which always counts as the first, as the API
 * has it), expanded in the wall-clock time of `zone`; [] when the rule does not parse.
 */
export function previewOccurrences(text: string, dueIso: string, zone: string, limit = 3): string[] {
  try {
    const source = text.trim().replace(/^RRULE:/i, '')
    const { count, until, ...options } = RRule.parseString(source)
    const due = new TZDate(dueIso, zone)
    // rrule expands "floating" times: the zone's wall clock written as if it were UTC.
    const start = new Date(
      Date.UTC(due.getFullYear(), due.getMonth(), due.getDate(), due.getHours(), due.getMinutes()),
    )
    // A date UNTIL is inclusive of that whole local day.
    const end = until && !/UNTIL=\d{8}T/i.test(source) ? new Date(until.getTime() + DAY_MS - 1) : until
    const rule = new RRule({ ...options, dtstart: start, until: end ?? null })
    const total = Math.min(limit, count ?? limit)
    const later = rule
      .all((_date, index) => index <= total)
      .filter((date) => date.getTime() > start.getTime())
      .map((date) => {
        const wall = new TZDate(
          date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), zone,
        )
        return new Date(wall.getTime()).toISOString()
      })
    return [new Date(due.getTime()).toISOString(), ...later].slice(0, total)
  } catch {
    return []
  }
}
