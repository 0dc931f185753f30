/**
 * An audit event's changes in words, for every view of the history (a task's History tab, the Activity page).
 * The fields an event can carry are the ones backend/taskforge/audit/record.py follows (FIELDS); values are
 * JSON: instants as ISO 8601 in UTC, tags by name, reminders as asked for ({at} or {before_due}).
 */
import { RRule } from 'rrule'

import type { Schemas } from '@/lib/api/client'
import { priorityLabel } from '@/lib/priorities'
import { formatInZone } from '@/lib/zoned-time'

export type AuditEvent = Schemas['AuditEventOut']
export type AuditPage = Schemas['AuditPage']
export type AuditAction = AuditEvent['action']

export interface DescribedChange {
  field: string
  text: string
}

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  priority: 'Priority',
  due_date: 'Due date',
  completed: 'Completed',
  completed_at: 'Completed at',
  parent_id: 'Parent task',
  tags: 'Tags',
  rrule: 'Repeats',
  recurrence_anchor: 'Repeats from',
  position: 'Position',
  reminders: 'Reminders',
  project_id: 'Project',
  section_id: 'Section',
  assignees: 'Assignees',
  comment: 'Comment',
}
/** The only fields shown as dates: user text that merely looks like one (a title "2025-01-01T10:00 standup") stays text. */
const INSTANT_FIELDS = new Set(['due_date', 'completed_at'])
const REMINDER_INSTANTS = ['at', 'fire_at'] as const
/** User text: quoted, so spaces and empty-looking values stay visible. */
const TEXT_FIELDS = new Set(['title', 'description', 'comment'])
const ANCHORS: Record<string, string> = { due: 'the due date', completion: 'completion' }
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

function fieldName(field: string): string {
  const words = FIELD_NAMES[field] ?? field.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** An ISO instant as wall-clock text in `timeZone`; the raw text when it is not one (never throws). */
export function formatInstant(value: string, timeZone: string): string {
  if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) return value
  try {
    return formatInZone(value, timeZone)
  } catch {
    // An unknown zone or an instant date-fns cannot show: the recorded text says it all the same.
    return value
  }
}

/** An RFC 5545 rule in words ("Every week on Tuesday"); the rule's text when it does not parse. */
function describeRule(rule: string): string {
  try {
    const words = RRule.fromString(rule.trim().replace(/^RRULE:/i, '')).toText()
    return words.charAt(0).toUpperCase() + words.slice(1)
  } catch {
    return rule
  }
}

function describeOffset(minutes: number): string {
  const [amount, unit] =
    minutes !== 0 && minutes % 1440 === 0 ? [minutes / 1440, 'day']
    : minutes !== 0 && minutes % 60 === 0 ? [minutes / 60, 'hour']
    : [minutes, 'minute']
  return `${amount} ${unit}${amount === 1 ? '' : 's'} before due`
}

function describeReminder(reminder: unknown, timeZone: string): string {
  if (typeof reminder === 'object' && reminder !== null) {
    const spec = reminder as Record<string, unknown>
    for (const key of REMINDER_INSTANTS) {
      const at = spec[key]
      if (typeof at === 'string') return formatInstant(at, timeZone)
    }
    if (typeof spec.before_due === 'number') return describeOffset(spec.before_due)
  }
  return plain(reminder)
}

/** Any other value: booleans as yes/no, lists as lists, the rest as recorded. */
function plain(value: unknown): string {
  if (isEmpty(value)) return 'none'
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(plain).join(', ')
  return JSON.stringify(value)
}

/** A recorded before or after value of `field` in words; never throws. */
export function describeValue(field: string, value: unknown, timeZone: string): string {
  if (isEmpty(value)) return 'none'
  if (TEXT_FIELDS.has(field) && typeof value === 'string') return `“${value}”`
  if (INSTANT_FIELDS.has(field) && typeof value === 'string') return formatInstant(value, timeZone)
  if (field === 'priority' && typeof value === 'number') return priorityLabel(value)
  if (field === 'parent_id' && typeof value === 'number') return `task #${value}`
  if (field === 'rrule' && typeof value === 'string') return describeRule(value)
  if (field === 'recurrence_anchor' && typeof value === 'string') return ANCHORS[value] ?? value
  if (field === 'reminders' && Array.isArray(value)) return value.map((item) => describeReminder(item, timeZone)).join('; ')
  return plain(value)
}

export interface DescribeOptions {
  /** The view names the task already: a create's or delete's title (not a change of it) is left out. */
  titleShown?: boolean
}

/**
 * Each changed field as "Field: before → after"; a create lists the values it set and a delete the values the
 * task had. The manual order's position is an opaque sort key: a change of it reads "Position: moved".
 */
export function describeChanges(event: AuditEvent, timeZone: string, { titleShown = false }: DescribeOptions = {}): DescribedChange[] {
  const described: DescribedChange[] = []
  const oneSided = event.action === 'create' || event.action === 'delete'
  for (const [field, values] of Object.entries(event.changes)) {
    const [before, after] = values
    const name = fieldName(field)
    if (oneSided) {
      const value = event.action === 'create' ? after : before
      if (field === 'position' || isEmpty(value) || (titleShown && field === 'title')) continue
      described.push({ field, text: `${name}: ${describeValue(field, value, timeZone)}` })
    } else if (field === 'position') {
      described.push({ field, text: `${name}: moved` })
    } else {
      described.push({
        field,
        text: `${name}: ${describeValue(field, before, timeZone)} → ${describeValue(field, after, timeZone)}`,
      })
    }
  }
  return described
}
