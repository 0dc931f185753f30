import { AvatarStack } from '@/components/avatar'
import { ColorDot } from '@/components/color-dot'
import { PRIORITIES } from '@/lib/priorities'

import type { Task } from '../api/get-tasks'
import { formatDue, isOverdue } from '../utils/dates'

// Quiet marks: a coloured word, not a filled badge (the title is what the eye should find first).
const PRIORITY_CLASS: Record<number, string> = {
  1: 'text-body-secondary',
  2: 'text-info-emphasis',
  3: 'text-warning-emphasis',
  4: 'text-danger-emphasis fw-semibold',
}

export interface TaskMetaProps {
  task: Task
  timeZone: string
  now: number
  /** Each tag's colour by name; a tag not in it shows no swatch. */
  tagColors: ReadonlyMap<string, string>
  project?: { name: string; color: string } | undefined
}

/** The task's details on one quiet line under its title: smaller, secondary, cut off at the row's end. */
export function TaskMeta({ task, timeZone, now, tagColors, project }: TaskMetaProps) {
  const priority = PRIORITIES.find((p) => p.value === task.priority)
  const reminders = task.reminders.length
  const overdue = isOverdue(task, now)
  return (
    <div className="task-meta d-flex align-items-center gap-2 text-body-secondary">
      {overdue && <span className="text-danger-emphasis fw-semibold">Overdue</span>}
      {task.due_date && (
        <span className={overdue ? 'text-danger-emphasis' : undefined}>
          Due{' '}
          <time dateTime={task.due_date}>{formatDue(task.due_date, timeZone, new Date(now))}</time>
        </span>
      )}
      {project && (
        <span className="d-inline-flex align-items-center">
          <ColorDot color={project.color} />
          <span className="visually-hidden">Project: </span>
          {project.name}
        </span>
      )}
      {priority && (
        <span className={PRIORITY_CLASS[priority.value]}>
          <span className="visually-hidden">Priority: </span>
          {priority.label}
        </span>
      )}
      {task.recurrence && <span title={task.recurrence.rrule}>Repeats</span>}
      {reminders > 0 && (
        <span>
          {reminders} {reminders === 1 ? 'reminder' : 'reminders'}
        </span>
      )}
      {task.subtasks.total > 0 && (
        <span>
          {task.subtasks.completed}/{task.subtasks.total} subtasks
        </span>
      )}
      {task.tags.map((tag) => (
        <span key={tag} className="d-inline-flex align-items-center">
          <ColorDot color={tagColors.get(tag)} />
          <span className="visually-hidden">Tag: </span>
          {tag}
        </span>
      ))}
      <AvatarStack users={task.assignees} label="Assignees" />
    </div>
  )
}
