import { useId, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { Dialog } from '@/components/dialog'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'

import { useNotifications, type Notification } from '../api/get-notifications'
import { useMarkAllRead } from '../api/mark-all-read'
import { useUpdateNotification } from '../api/update-notification'
import { NotificationItem } from './notification-item'

interface NotificationPanelProps {
  open: boolean
  onClose: () => void
  unread: number
  timeZone: string
}

/** The notifications in a dialog, each a link to what it is about, newest first, with "Mark all read" and paging. */
export function NotificationPanel({ open, onClose, unread, timeZone }: NotificationPanelProps) {
  const [unreadOnly, setUnreadOnly] = useState(false)
  const filterId = useId()
  const list = useNotifications(unreadOnly ? { unread: true } : {}, { enabled: open })
  const update = useUpdateNotification()
  const markAll = useMarkAllRead()
  const items = list.data?.pages.flatMap((page) => page.items) ?? []

  const toggleRead = (notification: Notification) =>
    update.mutate(
      { id: notification.id, read: notification.read_at === null },
      { onError: (error) => toast.error(`Could not update the notification: ${describeError(error)}`) },
    )

  // Opening one reads it; the panel closes unless it opened in another tab.
  const openOne = (notification: Notification, inPlace: boolean) => {
    if (notification.read_at === null) {
      update.mutate(
        { id: notification.id, read: true },
        { onError: (error) => toast.error(`Could not mark the notification read: ${describeError(error)}`) },
      )
    }
    if (inPlace) onClose()
  }

  const footer = (
    <>
      {list.hasNextPage && (
        <button
          type="button"
          className="btn btn-outline-secondary me-auto"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </button>
      )}
      <button
        type="button"
        className="btn btn-primary"
        disabled={unread === 0 || markAll.isPending}
        onClick={() =>
          markAll.mutate(undefined, {
            onSuccess: ({ marked }) => toast.success(`${marked} notification${marked === 1 ? '' : 's'} marked read.`),
            onError: (error) => toast.error(`Could not mark them read: ${describeError(error)}`),
          })
        }
      >
        Mark all read
      </button>
    </>
  )

  return (
    <Dialog open={open} title="Notifications" onClose={onClose} footer={footer}>
      <div className="form-check form-switch mb-3">
        <input
          id={filterId}
          className="form-check-input"
          type="checkbox"
          role="switch"
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.target.checked)}
        />
        <label className="form-check-label" htmlFor={filterId}>
          Unread only
        </label>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {unread} unread
      </p>
      {list.isPending ? (
        <Spinner label="Loading notifications…" />
      ) : list.isError ? (
        <LoadError what="your notifications" error={list.error} onRetry={list.refetch} retrying={list.isFetching} />
      ) : items.length === 0 ? (
        <p className="text-body-secondary mb-0">{unreadOnly ? 'Nothing unread.' : 'No notifications yet.'}</p>
      ) : (
        <ul className="list-group" aria-label="Notifications">
          {items.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              timeZone={timeZone}
              busy={update.isPending && update.variables.id === notification.id}
              onToggleRead={toggleRead}
              onOpen={openOne}
            />
          ))}
        </ul>
      )}
    </Dialog>
  )
}
