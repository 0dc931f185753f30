import { priorityLabel } from '@/lib/priorities'
import { formatInZone } from '@/lib/zoned-time'

import type { SharedTask } from '../api/get-shared-tasks'

/** Tasks as read-only rows: done or not, title, priority, due date (in the visitor's zone), tags. */
export function SharedTaskList({ tasks, label, timeZone }: { tasks: readonly SharedTask[]; label: string; timeZone: string }) {
  return (
    <ul className="list-group" aria-label={label}>
      {tasks.map((task) => (
        <li key={task.id} className="list-group-item d-flex gap-2 align-items-start">
          <span className={`complete-toggle flex-shrink-0${task.completed ? ' is-complete' : ''}`} aria-hidden="true">
            {task.completed ? '✓' : ''}
          </span>
          <div className="min-w-0">
            <span className={`task-title${task.completed ? ' text-decoration-line-through text-body-secondary' : ''}`}>
              {task.title}
            </span>
            {task.completed && <span className="visually-hidden"> (completed)</span>}
            <div className="d-flex flex-wrap gap-2 small text-body-secondary">
              {task.priority > 2 && <span>{priorityLabel(task.priority)} priority</span>}
              {task.due_date && (
                <span>
                  Due <time dateTime={task.due_date}>{formatInZone(task.due_date, timeZone, 'EEE d MMM yyyy, HH:mm')}</time>
                </span>
              )}
              {task.subtasks.total > 0 && (
                <span>
                  {task.subtasks.completed}/{task.subtasks.total} subtasks
                </span>
              )}
              {task.tags.map((tag) => (
                <span key={tag} className="badge rounded-pill bg-primary-subtle text-primary-emphasis border border-primary-subtle">
                  <span className="visually-hidden">Tag: </span>
                  {tag}
                </span>
              ))}
            </div>
          </div>
        </li>
      ))}
    </ul>
  )
}

