import type { MouseEvent } from 'react'
import { Link } from 'react-router'

import { formatInZone, relativeTime } from '@/lib/zoned-time'

import type { Notification } from '../api/get-notifications'
import { describeKind } from '../utils/describe-kind'
import { notificationPath } from '../utils/notification-path'

interface NotificationItemProps {
  notification: Notification
  timeZone: string
  busy: boolean
  onToggleRead: (notification: Notification) => void
  /** It was opened; `inPlace`: in this tab (not a new one through a modifier key or the middle button). */
  onOpen: (notification: Notification, inPlace: boolean) => void
}

const opensInPlace = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey

/**
 * One notification: its title links to its task, project or team (the whole row is the link's target, the
 * button stays its own). Unread ones are bold and marked "New" in words, not by colour alone.
 */
export function NotificationItem({ notification, timeZone, busy, onToggleRead, onOpen }: NotificationItemProps) {
  const unread = notification.read_at === null
  const when = notification.fire_at ?? notification.created_at
  return (
    <li className={`list-group-item d-flex gap-3 align-items-start${unread ? ' bg-body-tertiary' : ''}`}>
      <div className="flex-grow-1 min-w-0">
        <p className={`mb-1 task-title${unread ? ' fw-semibold' : ''}`}>
          {unread && <span className="badge text-bg-primary me-2">New</span>}
          <Link
            to={notificationPath(notification)}
            className="stretched-link link-body-emphasis link-underline-opacity-0 link-underline-opacity-75-hover"
            onClick={(event) => onOpen(notification, opensInPlace(event))}
          >
            {notification.title}
          </Link>
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
        className="btn btn-sm btn-outline-secondary flex-shrink-0 position-relative z-2"
        disabled={busy}
        aria-label={`Mark “${notification.title}” as ${unread ? 'read' : 'unread'}`}
        onClick={() => onToggleRead(notification)}
      >
        {unread ? 'Mark read' : 'Mark unread'}
      </button>
    </li>
  )
}
