import { formatInZone, relativeTime } from '@/lib/zoned-time'

import type { Notification } from '../api/get-notifications'
import { describeKind } from '../utils/describe-kind'

interface NotificationItemProps {
  notification: Notification
  timeZone: string
  busy: boolean
  onToggleRead: (notification: Notification) => void
}

/** One notification: unread ones are bold and marked "New" in words, not by colour alone. */
export function NotificationItem({ notification, timeZone, busy, onToggleRead }: NotificationItemProps) {
  const unread = notification.read_at === null
  const when = notification.fire_at ?? notification.created_at
  return (
    <li className={`list-group-item d-flex gap-3 align-items-start${unread ? ' bg-body-tertiary' : ''}`}>
      <div className="flex-grow-1 min-w-0">
        <p className={`mb-1 task-title${unread ? ' fw-semibold' : ''}`}>
          {unread && <span className="badge text-bg-primary me-2">New</span>}
          {notification.title}
        </p>
        {notification.due_date && (
          <p className="small mb-1">Due {formatInZone(notification.due_date, timeZone)}</p>
        )}
        <p className="small text-body-secondary mb-0">
          {describeKind(notification)} <time dateTime={when} title={formatInZone(when, timeZone)}>{relativeTime(when)}</time>
        </p>
      </div>
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary flex-shrink-0"
        disabled={busy}
        aria-label={`Mark “${notification.title}” as ${unread ? 'read' : 'unread'}`}
        onClick={() => onToggleRead(notification)}
      >
        {unread ? 'Mark read' : 'Mark unread'}
      </button>
    </li>
  )
}
