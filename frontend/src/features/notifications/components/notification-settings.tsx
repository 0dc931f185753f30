import { useState } from 'react'

import { requestBrowserPermission, useBrowserPermission, type BrowserPermission } from '../hooks/notification-permission'

const STATE_TEXT: Record<BrowserPermission, string> = {
  default: 'Not enabled yet: the browser will ask you once you press the button.',
  granted: 'Enabled: reminders show as browser notifications while TaskForge is open in a tab.',
  denied: 'Blocked in this browser.',
  unsupported: 'This browser does not support notifications.',
}

/** Explains browser notifications and asks for permission only when the user presses the button. */
export function NotificationSettings() {
  const permission = useBrowserPermission()
  const [asking, setAsking] = useState(false)

  const enable = async () => {
    setAsking(true)
    try {
      await requestBrowserPermission()
    } finally {
      setAsking(false)
    }
  }

  return (
    <section className="card" aria-labelledby="notification-settings-title">
      <div className="card-body">
        <h2 id="notification-settings-title" className="fs-5">
          Browser notifications
        </h2>
        <p>
          TaskForge lists reminders under the bell in the menu bar. It can also show them as notifications from your
          browser, so you see them while working in another tab or window.
        </p>
        <p aria-live="polite">
          <strong>Status:</strong> {STATE_TEXT[permission]}
        </p>
        {permission === 'default' && (
          <button type="button" className="btn btn-primary" disabled={asking} onClick={() => void enable()}>
            Enable browser notifications
          </button>
        )}
        {permission === 'denied' && (
          <div className="alert alert-info mb-0">
            To turn them on again, open the site settings for this page (the icon next to the address in the address
            bar), set <em>Notifications</em> to <em>Allow</em>, then reload TaskForge.
          </div>
        )}
      </div>
    </section>
  )
}
