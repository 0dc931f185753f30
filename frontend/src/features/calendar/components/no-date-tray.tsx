import { Draggable } from '@fullcalendar/react/interaction'
import { useEffect, useId, useRef } from 'react'
import { Link } from 'react-router'

import type { CalendarTask } from '../api/list-pages'
import { taskPath } from '../utils/calendar-events'

interface NoDateTrayProps {
  tasks: readonly CalendarTask[]
  /** False when only the newest open tasks were looked at (older undated ones may be missing). */
  complete: boolean
  scanned: number
}

/**
 * "No date": open tasks without a due date, to drag onto a day of the calendar (FullCalendar's external Draggable;
 * the calendar's `eventReceive` saves the date). Each is also a link that opens the task, for the keyboard.
 */
export function NoDateTray({ tasks, complete, scanned }: NoDateTrayProps) {
  const list = useRef<HTMLUListElement>(null)
  const headingId = useId()

  useEffect(() => {
    if (!list.current) return
    const draggable = new Draggable(list.current, {
      itemSelector: '.tf-tray-item',
      eventData: (el) => ({ title: el.dataset.title ?? '', create: true }),
    })
    return () => draggable.destroy()
  }, [])

  return (
    <section aria-labelledby={headingId} className="tf-tray">
      <h2 id={headingId} className="fs-6 text-uppercase text-body-secondary mb-2">
        No date
      </h2>
      {tasks.length === 0 && <p className="small text-body-secondary">Every open task has a date.</p>}
      <ul ref={list} className="list-unstyled mb-2 d-flex flex-column gap-1" aria-labelledby={headingId}>
        {tasks.map((task) => (
          <li key={task.id}>
            <Link
              to={taskPath(task.id)}
              className="tf-tray-item d-block rounded border px-2 py-1 text-decoration-none text-body"
              data-task-id={task.id}
              data-title={task.title}
              draggable={false}
            >
              {task.title}
            </Link>
          </li>
        ))}
      </ul>
      {tasks.length > 0 && <p className="small text-body-secondary mb-0">Drag a task onto a day to give it that date.</p>}
      {!complete && (
        <p className="small text-body-secondary mb-0">{`Only the undated ones among your ${scanned} newest open tasks are listed.`}</p>
      )}
    </section>
  )
}
