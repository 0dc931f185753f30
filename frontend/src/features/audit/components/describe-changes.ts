import { priorityLabel } from '@/lib/priorities'
import { formatInZone } from '@/lib/zoned-time'

import type { AuditEvent } from '../api/get-audit'

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  description: 'description',
  priority: 'priority',
  due_date: 'due date',
  completed: 'completed',
  completed_at: 'completed at',
  parent_id: 'parent task',
  position: 'position',
  tags: 'tags',
  recurrence: 'repeat',
  reminders: 'reminders',
}

/** A before or after value as plain words. */
export function showValue(field: string, value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === '') return 'none'
  if (typeof value === 'string') return INSTANT.test(value) ? formatInZone(value, timeZone) : value
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'number') return field === 'priority' ? priorityLabel(value) : String(value)
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ') || 'none'
  return JSON.stringify(value)
}

/** The task's title as the event knew it (a create or a rename carries it); null otherwise. */
export function titleOf(event: AuditEvent): string | null {
  const [before, after] = event.changes.title ?? []
  const title = after ?? before
  return typeof title === 'string' ? title : null
}

/** The latest title each task had in these events (oldest first), so events without one still name it. */
export function knownTitles(events: AuditEvent[]): Map<number, string> {
  const titles = new Map<number, string>()
  for (const event of events) {
    const title = titleOf(event)
    if (title !== null) titles.set(event.task_id, title)
  }
  return titles
}

/** Each changed field as "field: before → after" ("field: value" when an event only sets it). */
export function describeChanges(event: AuditEvent, timeZone: string): string[] {
  // The manual order's position is an opaque sort key ("a0"): "Moved" says all there is to say. A create's
  // title already names the event.
  const shown = Object.entries(event.changes).filter(
    ([field]) => field !== 'position' && !(event.action === 'create' && field === 'title'),
  )
  return shown.map(([field, [before, after]]) => {
    const name = FIELD_NAMES[field] ?? field.replace(/_/g, ' ')
    if (event.action === 'create') return `${name}: ${showValue(field, after, timeZone)}`
    return `${name}: ${showValue(field, before, timeZone)} → ${showValue(field, after, timeZone)}`
  })
}
