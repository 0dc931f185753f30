import { toast } from 'react-toastify/unstyled'

import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'

import {
  useNotificationSettings,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSettings,
} from '../api/get-notification-settings'
import { useUpdateNotificationSettings, type ChannelChange } from '../api/update-notification-settings'

const KINDS: [NotificationKind, string][] = [
  ['reminder', 'Reminders'],
  ['assigned', 'Assigned to you'],
  ['mentioned', 'Mentions'],
  ['commented', 'Comments on your tasks'],
  ['shared', 'Shared with you'],
  ['webhook', 'Webhooks turned off'],
]

const CHANNELS: [NotificationChannel, string][] = [
  ['in_app', 'In app'],
  ['email', 'Email'],
  ['push', 'Push'],
]

function PreferencesTable({ settings, onChange }: { settings: NotificationSettings; onChange: (change: ChannelChange) => void }) {
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle mb-3">
        <caption className="visually-hidden">Which notifications reach you, and how</caption>
        <thead>
          <tr>
            <th scope="col">Notification</th>
            {CHANNELS.map(([channel, label]) => (
              <th key={channel} scope="col" className="text-center">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KINDS.map(([kind, kindLabel]) => (
            <tr key={kind}>
              <th scope="row" className="fw-normal">
                {kindLabel}
              </th>
              {CHANNELS.map(([channel, channelLabel]) => (
                <td key={channel} className="text-center">
                  <input
                    className="form-check-input"
                    type="checkbox"
                    aria-label={`${kindLabel}: ${channelLabel}`}
                    checked={settings[kind][channel]}
                    onChange={(event) => onChange({ kind, channel, on: event.target.checked })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Which kinds of notification reach the user in the app, by email and by push; each box saves as it is clicked. */
export function NotificationPreferences() {
  const settings = useNotificationSettings()
  const update = useUpdateNotificationSettings()

  // mutateAsync, not mutate's callbacks: those run only for the latest of several quick clicks.
  const change = (next: ChannelChange) =>
    void update
      .mutateAsync(next)
      .catch((error: unknown) => toast.error(`Could not save the setting: ${describeError(error)}`))

  return (
    <section className="card" aria-labelledby="notification-preferences-title">
      <div className="card-body">
        <h2 id="notification-preferences-title" className="fs-5">
          Notification preferences
        </h2>
        <p>
          Choose how you hear about each kind of notification. <em>In app</em> lists it under the bell,{' '}
          <em>Push</em> sends it to the browsers where you turned push on (below). Each change is saved at once.
        </p>
        {settings.isPending ? (
          <Spinner label="Loading your notification preferences…" />
        ) : settings.isError ? (
          <LoadError
            what="your notification preferences"
            error={settings.error}
            onRetry={settings.refetch}
            retrying={settings.isFetching}
            compact
          />
        ) : (
          <PreferencesTable settings={settings.data} onChange={change} />
        )}
        <p className="small text-body-secondary mb-0">
          Email is only sent when the server has outgoing mail (SMTP) set up; without it, the Email boxes have no
          effect.
        </p>
      </div>
    </section>
  )
}
