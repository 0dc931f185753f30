import { useId } from 'react'

import { zoneLabel } from '@/lib/zoned-time'

import type { RescheduleMessage } from './use-reschedule'

interface CalendarHeaderProps {
  zone: string
  showCompleted: boolean
  onShowCompleted: (show: boolean) => void
  /** What became of the last move (said to screen readers too). */
  message: RescheduleMessage | null
}

/** The page's heading, the completed-tasks switch, whose clock the times are on, and the last move's outcome. */
export function CalendarHeader({ zone, showCompleted, onShowCompleted, message }: CalendarHeaderProps) {
  const switchId = useId()
  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-3 mb-2">
        <h1 className="fs-3 mb-0 me-auto">Calendar</h1>
        <div className="form-check form-switch mb-0">
          <input
            id={switchId}
            className="form-check-input"
            type="checkbox"
            role="switch"
            checked={showCompleted}
            onChange={(event) => onShowCompleted(event.target.checked)}
          />
          <label className="form-check-label" htmlFor={switchId}>
            Show completed tasks
          </label>
        </div>
      </div>
      <p className="small text-body-secondary">
        {`Times in ${zoneLabel(zone)}. Drag a task to another day to reschedule it, or open it to change its due date.`}
      </p>
      <div aria-live="polite" role="status" className={message?.tone === 'error' ? 'text-danger small mb-2' : 'small mb-2'}>
        {message?.text}
      </div>
    </>
  )
}
