/** Tasks and the later occurrences of their series as FullCalendar events (wall-clock strings: calendar-dates.ts). */
import type { CalendarTask } from '../api/list-pages'
import { calendarStart } from './calendar-dates'

export type EventKind = 'task' | 'occurrence'

export interface TaskEvent {
  id: string
  title: string
  start: string
  allDay: boolean
  url: string
  editable: boolean
  className: string
  /** Background and text colours (Bootstrap's variables, so both colour modes work); the theme's when absent. */
  color?: string
  contrastColor?: string
  extendedProps: { taskId: number; kind: EventKind }
}

const NONE = { className: '' }
const COMPLETED = { className: 'tf-event-completed', color: 'var(--bs-secondary-bg)', contrastColor: 'var(--bs-secondary-color)' }
const OCCURRENCE = {
  className: 'tf-event-occurrence',
  color: 'var(--bs-info-bg-subtle)',
  contrastColor: 'var(--bs-info-text-emphasis)',
}

/** Where a task opens: its own address (the editor over its project). */
export const taskPath = (taskId: number) => `/tasks/${taskId}`

/** The task on its due day (and time): draggable when open; completed ones muted, or left out. */
export function taskEvents(tasks: readonly CalendarTask[], zone: string, showCompleted: boolean): TaskEvent[] {
  return tasks.flatMap((task) => {
    if (!task.due_date || (task.completed && !showCompleted)) return []
    return [
      {
        id: String(task.id),
        title: task.title,
        ...calendarStart(task.due_date, zone),
        url: taskPath(task.id),
        editable: !task.completed,
        ...(task.completed ? COMPLETED : NONE),
        extendedProps: { taskId: task.id, kind: 'task' as const },
      },
    ]
  })
}

/** A series' later occurrences: read-only previews, distinct from the real (current) task. */
export function occurrenceEvents(series: readonly { task: CalendarTask; dues: string[] }[], zone: string): TaskEvent[] {
  return series.flatMap(({ task, dues }) =>
    dues.map((due) => ({
      id: `${task.id}@${due}`,
      title: `${task.title} (repeats)`,
      ...calendarStart(due, zone),
      url: taskPath(task.id),
      editable: false,
      ...OCCURRENCE,
      extendedProps: { taskId: task.id, kind: 'occurrence' as const },
    })),
  )
}

/** Tasks with a pending new due date (a drop being saved) shown there already; the rest as loaded. */
export function withMoves<T extends { id: number; due_date: string | null }>(tasks: readonly T[], moves: ReadonlyMap<number, string>): T[] {
  return tasks.map((task) => {
    const due = moves.get(task.id)
    return due === undefined ? task : { ...task, due_date: due }
  })
}
