import { useState } from 'react'

import { useTimeZone } from '@/lib/auth/current-user'

import { useNotifications } from '../api/get-notifications'
import { useReminderAlerts } from '../hooks/use-reminder-alerts'
import { NotificationPanel } from './notification-panel'

function BellIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" focusable="false">
      <path d="M8 16a2 2 0 0 0 2-2H6a2 2 0 0 0 2 2M8 1.92l-.8.16A4 4 0 0 0 4 6c0 .63-.13 2.2-.46 3.74-.16.77-.38 1.57-.66 2.26h10.24c-.28-.7-.5-1.49-.66-2.26C12.13 8.2 12 6.63 12 6a4 4 0 0 0-3.2-3.92zM14.22 12q.23.46.51.8H1.27q.28-.34.5-.8C2.68 10.2 3 6.88 3 6c0-2.42 1.72-4.44 4-4.9V1a1 1 0 1 1 2 0v.1A5 5 0 0 1 13 6c0 .88.32 4.2 1.22 6" />
    </svg>
  )
}

/** The navbar's bell: the unread count, the panel of reminders, and alerts for reminders that come due. */
export function NotificationBell() {
  const [open, setOpen] = useState(false)
  const timeZone = useTimeZone()
  const notifications = useNotifications()
  const firstPage = notifications.data?.pages[0]
  const unread = firstPage?.unread ?? 0
  useReminderAlerts(firstPage?.items, timeZone)

  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary position-relative"
        aria-label={`Notifications, ${unread} unread`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="position-absolute top-0 start-100 translate-middle badge rounded-pill text-bg-danger" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <NotificationPanel open={open} onClose={() => setOpen(false)} unread={unread} timeZone={timeZone} />
    </>
  )
}
