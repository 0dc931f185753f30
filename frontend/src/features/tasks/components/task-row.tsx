import type { CSSProperties, ReactNode, Ref } from 'react'

import { AvatarStack } from '@/components/avatar'
import { ColorDot } from '@/components/color-dot'
import { PRIORITIES } from '@/lib/priorities'

import type { Task } from '../api/get-tasks'
import { formatDue, isOverdue } from '../utils/dates'

const PRIORITY_CLASS: Record<number, string> = {
  1: 'text-bg-light border',
  2: 'text-bg-info',
  3: 'text-bg-warning',
  4: 'text-bg-danger',
}

export interface TaskRowProps {
  task: Task
  timeZone: string
  now: number
  selected: boolean
  busy: boolean
  onSelect: (selected: boolean) => void
  onToggleComplete: () => void
  onOpen: () => void
  onDelete: () => void
  /** Each tag's colour by name; a tag not in it shows no swatch. */
  tagColors: ReadonlyMap<string, string>
  /** The task's project, shown in lists that mix projects. */
  project?: { name: string; color: string } | undefined
  /** The user may not change the task (a viewer of its project, or an archived project). */
  readOnly?: boolean
  /** Offer the checkbox that selects the task for bulk actions. */
  selectable?: boolean
  /** The drag handle, when the list can be reordered. */
  handle?: ReactNode
  itemRef?: Ref<HTMLLIElement>
  style?: CSSProperties
  dragging?: boolean
}

function TaskMeta({ task, timeZone, now, tagColors, project }: Pick<TaskRowProps, 'task' | 'timeZone' | 'now' | 'tagColors' | 'project'>) {
  const priority = PRIORITIES.find((p) => p.value === task.priority)
  const reminders = task.reminders.length
  return (
    <div className="d-flex flex-wrap align-items-center gap-2 small">
      {project && (
        <span className="text-body-secondary d-inline-flex align-items-center">
          <ColorDot color={project.color} />
          <span className="visually-hidden">Project: </span>
          {project.name}
        </span>
      )}
      {priority && (
        <span className={`badge ${PRIORITY_CLASS[priority.value] ?? 'text-bg-secondary'}`}>
          <span className="visually-hidden">Priority: </span>
          {priority.label}
        </span>
      )}
      {task.due_date && (
        <span className="text-body-secondary">
          Due <time dateTime={task.due_date}>{formatDue(task.due_date, timeZone, new Date(now))}</time>
        </span>
      )}
      {isOverdue(task, now) && <span className="badge text-bg-danger">Overdue</span>}
      {task.recurrence && (
        <span className="badge text-bg-secondary" title={task.recurrence.rrule}>
          Repeats
        </span>
      )}
      {reminders > 0 && (
        <span className="text-body-secondary">
          {reminders} {reminders === 1 ? 'reminder' : 'reminders'}
        </span>
      )}
      {task.subtasks.total > 0 && (
        <span className="text-body-secondary">
          {task.subtasks.completed}/{task.subtasks.total} subtasks
        </span>
      )}
      {task.tags.map((tag) => (
        <span key={tag} className="badge rounded-pill bg-primary-subtle text-primary-emphasis border border-primary-subtle">
          <ColorDot color={tagColors.get(tag)} />
          <span className="visually-hidden">Tag: </span>
          {tag}
        </span>
      ))}
      <AvatarStack users={task.assignees} label="Assignees" />
    </div>
  )
}

/** One task of the list: select, complete, open, delete; stacks on narrow screens. */
export function TaskRow({
  task,
  timeZone,
  now,
  selected,
  busy,
  onSelect,
  onToggleComplete,
  onOpen,
  onDelete,
  tagColors,
  project,
  readOnly = false,
  selectable = true,
  handle,
  itemRef,
  style,
  dragging = false,
}: TaskRowProps) {
  const completeLabel = task.completed ? `Mark ${task.title} not complete` : `Mark ${task.title} complete`
  return (
    <li
      ref={itemRef}
      style={style}
      data-task-id={task.id}
      className={`list-group-item d-flex gap-2 align-items-start${selected ? ' list-group-item-primary' : ''}${dragging ? ' shadow' : ''}`}
    >
      {handle}
      {selectable && !readOnly && (
        <input
          type="checkbox"
          className="form-check-input mt-1 flex-shrink-0"
          aria-label={`Select ${task.title}`}
          checked={selected}
          onChange={(event) => onSelect(event.target.checked)}
        />
      )}
      <button
        type="button"
        className={`complete-toggle flex-shrink-0${task.completed ? ' is-complete' : ''}`}
        aria-label={completeLabel}
        title={completeLabel}
        disabled={busy || readOnly}
        onClick={onToggleComplete}
      >
        <span aria-hidden="true">{task.completed ? '✓' : ''}</span>
      </button>
      <div className="d-flex flex-column flex-sm-row flex-grow-1 gap-1 gap-sm-3 min-w-0">
        <div className="flex-grow-1 min-w-0">
          <button
            type="button"
            className={`btn btn-link p-0 text-start task-title ${task.completed ? 'text-decoration-line-through text-body-secondary' : 'text-body text-decoration-none'}`}
            onClick={onOpen}
          >
            {task.title}
          </button>
          {task.completed && <span className="visually-hidden"> (completed)</span>}
          <TaskMeta task={task} timeZone={timeZone} now={now} tagColors={tagColors} project={project} />
        </div>
        {!readOnly && (
          <div className="flex-shrink-0">
            <button
              type="button"
              className="btn btn-sm btn-outline-danger"
              aria-label={`Delete ${task.title}`}
              onClick={onDelete}
            >
              Delete
            </button>
          </div>
        )}
      </div>
    </li>
  )
}
