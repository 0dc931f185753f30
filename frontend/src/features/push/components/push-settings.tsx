import { FormAlert } from '@/components/form/form-alert'
import { LoadError } from '@/components/load-error'
import { describeError } from '@/lib/api/problem'

import { usePushState, type PushStatus } from '../hooks/use-push-state'
import { OtherBrowsers } from './other-browsers'

const STATUS_TEXT: Record<PushStatus, string> = {
  checking: 'Checking this browser…',
  'server-off': 'Push is off on this server.',
  unsupported: 'This browser does not support push.',
  error: 'Could not find out whether push works here.',
  blocked: 'Blocked: allow notifications for this site in the browser settings.',
  on: 'Push works in this browser.',
  off: 'Push is not on for this browser.',
}

const HINT: Partial<Record<PushStatus, string>> = {
  'server-off': 'The server needs a VAPID key for push; whoever runs it can set one up.',
  unsupported:
    'Push needs service workers and the Push API, over a secure connection (https, or http on localhost). Try another browser, or this site over https.',
  blocked:
    'Open the site settings for this page (the icon next to the address), set Notifications to Allow, then reload TaskForge.',
  off: 'Notifications you chose to get by Push (above) then reach this browser even while no TaskForge tab is open. The browser asks for permission first.',
}

/** Web Push for this browser: its state in words, the button that turns it on or off, and the user's other browsers. */
export function PushSettings() {
  const push = usePushState()
  const { status, publicKey, mine, turnOn, turnOff } = push
  const busy = turnOn.isPending || turnOff.isPending
  const actionError = turnOn.error ?? turnOff.error
  const dismissed = turnOn.data === 'default' && status === 'off'

  return (
    <section className="card" aria-labelledby="push-settings-title">
      <div className="card-body">
        <h2 id="push-settings-title" className="fs-5">
          Push notifications
        </h2>
        <p aria-live="polite">
          <strong>This browser:</strong> {STATUS_TEXT[status]}
        </p>
        {HINT[status] && <p className="small text-body-secondary">{HINT[status]}</p>}
        {status === 'error' && <LoadError what="the push settings" error={push.readError} onRetry={push.reload} compact />}
        {actionError && <FormAlert message={`Could not change push for this browser: ${describeError(actionError)}`} />}
        {dismissed && (
          <p className="small">The browser’s question was closed without an answer: press the button to be asked again.</p>
        )}
        <div className="d-flex flex-wrap gap-2 mb-3">
          {status === 'off' && publicKey && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => turnOn.mutate(publicKey)}>
              {turnOn.isPending ? 'Turning on…' : 'Turn on push for this browser'}
            </button>
          )}
          {(status === 'on' || (status === 'blocked' && mine)) && (
            <button type="button" className="btn btn-outline-secondary" disabled={busy} onClick={() => turnOff.mutate(mine)}>
              {turnOff.isPending ? 'Turning off…' : 'Turn off'}
            </button>
          )}
        </div>
        <OtherBrowsers browsers={push.others} />
      </div>
    </section>
  )
}
