/** The task form's values, and the API fields they stand for (in the user's zone). */
import type { Schemas } from '@/lib/api/client'
import { fromWallClock, toWallClock, type WallClock } from '@/lib/zoned-time'

import type { Task } from '../api/get-tasks'
import { isValidDay } from './dates'
import type { FieldErrors } from './field-errors'

export type Anchor = Schemas['RecurrenceIn']['anchor']
export type ReminderUnit = 'minutes' | 'hours' | 'days'
export type Person = Schemas['UserRef']
/** What the API says about a saved reminder. */
export type ReminderState = Pick<Schemas['ReminderOut'], 'sent_at' | 'late' | 'fire_at'>

export type ReminderDraft = { key: string; state?: ReminderState } & (
  | { kind: 'before'; amount: number; unit: ReminderUnit }
  | { kind: 'at'; date: string; time: string }
)

export interface TaskFormValues {
  title: string
  description: string
  priority: number
  /** yyyy-MM-dd in the user's zone, or ''. */
  dueDate: string
  /** HH:mm in the user's zone, or ''. */
  dueTime: string
  tags: string[]
  /** '' for a one-off task. */
  rrule: string
  anchor: Anchor
  reminders: ReminderDraft[]
  /** null: the Inbox (for a new task). */
  projectId: number | null
  /** null: no section. */
  sectionId: number | null
  /** The people the task is given to, in name order. */
  assignees: Person[]
}

/** Every editable field, as the API takes it. */
export type TaskFields = Required<
  Pick<
    Schemas['TaskCreate'],
    | 'title' | 'description' | 'priority' | 'due_date' | 'tags' | 'recurrence' | 'reminders' | 'project_id' | 'section_id'
    | 'assignee_ids'
  >
>
export type TaskField = keyof TaskFields
export const TASK_FIELDS: readonly TaskField[] = [
  'title', 'description', 'priority', 'due_date', 'tags', 'recurrence', 'reminders', 'project_id', 'section_id',
  'assignee_ids',
]

export const MAX_REMINDERS = 10

const UNIT_MINUTES: Record<ReminderUnit, number> = { minutes: 1, hours: 60, days: 1440 }

let nextKey = 0
/** A key for a reminder row that React can keep across edits. */
export const reminderKey = (): string => `reminder-${++nextKey}`

export interface NewTaskDefaults {
  projectId?: number | null
  sectionId?: number | null
  dueDate?: string
  assignees?: Person[]
}

/**
 * A new task's values: nothing filled in but where it goes (and, from Today, its due day at the working day's
 * start; from "Assigned to me", the user).
 */
export function emptyValues({ projectId = null, sectionId = null, dueDate = '', assignees = [] }: NewTaskDefaults = {}): TaskFormValues {
  return {
    title: '', description: '', priority: 2, dueDate, dueTime: dueDate ? '09:00' : '',
    tags: [], rrule: '', anchor: 'due', reminders: [], projectId, sectionId, assignees,
  }
}

function reminderDraft(reminder: Schemas['ReminderOut'], zone: string): ReminderDraft {
  const state = { sent_at: reminder.sent_at, late: reminder.late, fire_at: reminder.fire_at }
  if (reminder.before_due !== null) {
    const minutes = reminder.before_due
    const unit: ReminderUnit = minutes > 0 && minutes % 1440 === 0 ? 'days' : minutes > 0 && minutes % 60 === 0 ? 'hours' : 'minutes'
    return { key: reminderKey(), state, kind: 'before', amount: minutes / UNIT_MINUTES[unit], unit }
  }
  return { key: reminderKey(), state, kind: 'at', ...toWallClock(reminder.at, zone) }
}

export function valuesFromTask(task: Task, zone: string): TaskFormValues {
  const due = toWallClock(task.due_date, zone)
  return {
    title: task.title,
    description: task.description ?? '',
    priority: task.priority,
    dueDate: due.date,
    dueTime: due.time,
    tags: [...task.tags],
    rrule: task.recurrence?.rrule ?? '',
    anchor: task.recurrence?.anchor ?? 'due',
    reminders: task.reminders.map((reminder) => reminderDraft(reminder, zone)),
    projectId: task.project_id,
    sectionId: task.section_id,
    assignees: [...task.assignees],
  }
}

/**
 * The UTC instant of a wall-clock date and time in `zone`; null without a date. A day that does not exist
 * (2025-02-31) is passed on as typed, never rolled over into the next month: the form refuses it before sending.
 */
function instantOf(wall: WallClock, zone: string): string | null {
  if (wall.date && !isValidDay(wall.date)) return wall.date
  return fromWallClock(wall, zone)
}

/** The due date as an instant, for previews; null when there is none or it is not a real day. */
export function dueInstant(values: Pick<TaskFormValues, 'dueDate' | 'dueTime'>, zone: string): string | null {
  return isValidDay(values.dueDate) ? fromWallClock({ date: values.dueDate, time: values.dueTime }, zone) : null
}

export const NOT_A_DATE = 'Not a valid date'

/** The errors the form finds itself, by API field path: dates that do not exist (some browsers let them be typed). */
export function invalidDates(values: TaskFormValues): FieldErrors {
  const errors: FieldErrors = {}
  if (values.dueDate && !isValidDay(values.dueDate)) errors.due_date = NOT_A_DATE
  values.reminders.forEach((draft, index) => {
    if (draft.kind === 'at' && draft.date && !isValidDay(draft.date)) errors[`reminders[${index}].at`] = NOT_A_DATE
  })
  return errors
}

export function reminderToApi(draft: ReminderDraft, zone: string): TaskFields['reminders'][number] {
  if (draft.kind === 'before') return { before_due: draft.amount * UNIT_MINUTES[draft.unit] }
  // An unreadable date is sent as it is: the API is the validator and names the field.
  return { at: instantOf(draft, zone) ?? draft.date }
}

export function toFields(values: TaskFormValues, zone: string): TaskFields {
  const rrule = values.rrule.trim()
  return {
    title: values.title,
    description: values.description === '' ? null : values.description,
    priority: values.priority,
    due_date: instantOf({ date: values.dueDate, time: values.dueTime }, zone),
    tags: values.tags,
    recurrence: rrule ? { rrule, anchor: values.anchor } : null,
    reminders: values.reminders.map((draft) => reminderToApi(draft, zone)),
    project_id: values.projectId,
    section_id: values.sectionId,
    assignee_ids: values.assignees.map((person) => person.id),
  }
}

function comparable(field: TaskField, fields: TaskFields): string {
  if (field === 'tags') return JSON.stringify(fields.tags.map((tag) => tag.toLowerCase()).sort())
  if (field === 'assignee_ids') return JSON.stringify([...fields.assignee_ids].sort((a, b) => a - b))
  if (field === 'recurrence' && fields.recurrence) {
    return JSON.stringify({ ...fields.recurrence, rrule: fields.recurrence.rrule.toUpperCase() })
  }
  return JSON.stringify(fields[field] ?? null)
}

/** The fields whose values differ between two sets of fields. */
export function differingFields(a: TaskFields, b: TaskFields): TaskField[] {
  return TASK_FIELDS.filter((field) => comparable(field, a) !== comparable(field, b))
}

/** A TaskUpdate with only the fields the form changed from `base`. */
export function changedFields(base: Task, values: TaskFormValues, zone: string): Schemas['TaskUpdate'] {
  const before = toFields(valuesFromTask(base, zone), zone)
  const after = toFields(values, zone)
  return pickFields(after, differingFields(before, after))
}

export function pickFields(fields: TaskFields, names: readonly TaskField[]): Schemas['TaskUpdate'] {
  const body: Schemas['TaskUpdate'] = {}
  for (const name of names) Object.assign(body, { [name]: fields[name] })
  return body
}

/** `into` with the form values behind `fields` taken from `from` (the user's edits laid over a newer version). */
export function mergeValues(into: TaskFormValues, from: TaskFormValues, fields: readonly TaskField[]): TaskFormValues {
  const merged = { ...into }
  for (const field of fields) {
    if (field === 'due_date') Object.assign(merged, { dueDate: from.dueDate, dueTime: from.dueTime })
    else if (field === 'recurrence') Object.assign(merged, { rrule: from.rrule, anchor: from.anchor })
    else if (field === 'project_id') Object.assign(merged, { projectId: from.projectId, sectionId: from.sectionId })
    else if (field === 'section_id') merged.sectionId = from.sectionId
    else if (field === 'assignee_ids') merged.assignees = from.assignees
    else Object.assign(merged, { [field]: from[field] })
  }
  return merged
}
