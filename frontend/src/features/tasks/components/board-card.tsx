import { useDraggable } from '@dnd-kit/core'
import { CSS } from '@dnd-kit/utilities'

import { AvatarStack } from '@/components/avatar'
import { PRIORITIES } from '@/lib/priorities'

import type { Task } from '../api/get-tasks'
import { cardId } from '../utils/board-dnd'
import { formatDue, isOverdue } from '../utils/dates'

interface BoardCardProps {
  task: Task
  timeZone: string
  now: number
  busy: boolean
  /** The user may change the task: drag it, complete it. */
  canEdit: boolean
  onOpen: () => void
  onToggleComplete: () => void
}

/** A task on the board: complete it, open it, or drag it (by its handle) to another column. */
export function BoardCard({ task, timeZone, now, busy, canEdit, onOpen, onToggleComplete }: BoardCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: cardId(task.id),
    data: { type: 'task', taskId: task.id },
    disabled: !canEdit || busy,
  })
  const priority = PRIORITIES.find((p) => p.value === task.priority)
  const completeLabel = task.completed ? `Mark ${task.title} not complete` : `Mark ${task.title} complete`
  return (
    <li
      ref={setNodeRef}
      data-task-id={task.id}
      className={`card board-card${isDragging ? ' shadow is-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform) }}
    >
      <div className="card-body p-2 d-flex gap-2 align-items-start">
        {canEdit && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="btn btn-sm btn-link link-secondary drag-handle p-0 flex-shrink-0"
            {...attributes}
            {...listeners}
            aria-label={`Move ${task.title}`}
            aria-roledescription="draggable"
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <button
          type="button"
          className={`complete-toggle flex-shrink-0${task.completed ? ' is-complete' : ''}`}
          aria-label={completeLabel}
          title={completeLabel}
          disabled={busy || !canEdit}
          onClick={onToggleComplete}
        >
          <span aria-hidden="true">{task.completed ? '✓' : ''}</span>
        </button>
        <div className="min-w-0 flex-grow-1">
          <button type="button" className="btn btn-link p-0 text-start task-title text-body text-decoration-none" onClick={onOpen}>
            {task.title}
          </button>
          <div className="d-flex flex-wrap align-items-center gap-1 small mt-1">
            {priority && priority.value > 2 && (
              <span className={`badge ${priority.value === 4 ? 'text-bg-danger' : 'text-bg-warning'}`}>
                <span className="visually-hidden">Priority: </span>
                {priority.label}
              </span>
            )}
            {task.due_date && (
              <span className={isOverdue(task, now) ? 'text-danger-emphasis' : 'text-body-secondary'}>
                <time dateTime={task.due_date}>{formatDue(task.due_date, timeZone, new Date(now))}</time>
                {isOverdue(task, now) && <span className="visually-hidden"> (overdue)</span>}
              </span>
            )}
            {task.subtasks.total > 0 && (
              <span className="text-body-secondary">
                {task.subtasks.completed}/{task.subtasks.total} subtasks
              </span>
            )}
            {task.assignees.length > 0 && (
              <span className="ms-auto">
                <AvatarStack users={task.assignees} label="Assignees" />
              </span>
            )}
          </div>
        </div>
      </div>
    </li>
  )
}
