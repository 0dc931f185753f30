import { useId, useRef, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { Dialog } from '@/components/dialog'
import { FormAlert } from '@/components/form/form-alert'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser } from '@/lib/auth/current-user'

import { useRevokeCalendarToken } from '../api/revoke-calendar-token'
import { useRotateCalendarToken, type CalendarToken } from '../api/rotate-calendar-token'

type Confirming = 'rotate' | 'revoke' | null

function FeedAddress({ token, onDone }: { token: CalendarToken; onDone: () => void }) {
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<string | null>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.url)
      setCopied('Copied to the clipboard.')
    } catch {
      input.current?.select()
      setCopied('Copying is blocked here: the address is selected, copy it with Ctrl+C (⌘C).')
    }
  }

  return (
    <div className="alert alert-success">
      <label htmlFor={inputId} className="form-label fw-semibold">
        Your feed address
      </label>
      <div className="input-group mb-2">
        <input
          ref={input}
          id={inputId}
          className="form-control font-monospace"
          readOnly
          value={token.url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="small mb-2" aria-live="polite">
        {copied}
      </p>
      <p className="small mb-2">
        It is shown only this once: add it to your calendar app now (“subscribe by URL”). Anyone holding it can read
        your tasks’ due dates, so keep it private.
      </p>
      <button type="button" className="btn btn-sm btn-success" onClick={onDone}>
        Done
      </button>
    </div>
  )
}

/** The secret calendar feed (iCalendar) address: create it, copy it once, replace it or turn it off. */
export function CalendarFeedSettings() {
  const user = useCurrentUser()
  const rotate = useRotateCalendarToken()
  const revoke = useRevokeCalendarToken()
  const [issued, setIssued] = useState<CalendarToken | null>(null)
  const [confirming, setConfirming] = useState<Confirming>(null)
  const active = user.data?.calendar_feed ?? false
  const error = rotate.error ?? revoke.error

  const issue = () => {
    setConfirming(null)
    rotate.mutate(undefined, { onSuccess: (token) => setIssued(token) })
  }
  const turnOff = () => {
    setConfirming(null)
    revoke.mutate(undefined, {
      onSuccess: () => {
        setIssued(null)
        toast.success('The calendar feed is off: its address no longer works.')
      },
    })
  }

  return (
    <section className="card" aria-labelledby="calendar-feed-title">
      <div className="card-body">
        <h2 id="calendar-feed-title" className="fs-5">
          Calendar feed
        </h2>
        <p>
          Subscribe to your tasks with due dates from a calendar app (Google Calendar, Apple Calendar, Outlook) through
          a secret address.
        </p>
        <FormAlert message={error ? describeError(error) : null} />
        <p aria-live="polite">
          <strong>Status:</strong> {active ? 'A feed address is active.' : 'No feed address is active.'}
        </p>
        {issued && <FeedAddress token={issued} onDone={() => setIssued(null)} />}
        <div className="d-flex flex-wrap gap-2">
          <button
            type="button"
            className="btn btn-primary"
            disabled={rotate.isPending || user.isPending}
            onClick={() => (active ? setConfirming('rotate') : issue())}
          >
            {active ? 'Replace the address' : 'Create feed address'}
          </button>
          {active && (
            <button
              type="button"
              className="btn btn-outline-danger"
              disabled={revoke.isPending}
              onClick={() => setConfirming('revoke')}
            >
              Turn off feed
            </button>
          )}
        </div>
      </div>
      <Dialog
        open={confirming !== null}
        title={confirming === 'revoke' ? 'Turn off the calendar feed?' : 'Replace the feed address?'}
        onClose={() => setConfirming(null)}
        size="sm"
        footer={
          <>
            <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirming(null)}>
              Cancel
            </button>
            {confirming === 'revoke' ? (
              <button type="button" className="btn btn-danger" onClick={turnOff}>
                Turn off
              </button>
            ) : (
              <button type="button" className="btn btn-primary" onClick={issue}>
                Replace
              </button>
            )}
          </>
        }
      >
        <p className="mb-0">
          {confirming === 'revoke'
            ? 'Calendar apps subscribed to the current address stop receiving your tasks.'
            : 'The current address stops working at once; calendar apps need the new one.'}
        </p>
      </Dialog>
    </section>
  )
}
