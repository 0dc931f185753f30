import { useId, useRef, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { Dialog } from '@/components/dialog'
import { FormAlert } from '@/components/form/form-alert'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser } from '@/lib/auth/current-user'
import { useProjects } from '@/lib/projects/projects-query'

import { feedUrl, type FeedKind } from '../utils/feed-url'
import { useRevokeCalendarToken } from '../api/revoke-calendar-token'
import { useRotateCalendarToken, type CalendarToken } from '../api/rotate-calendar-token'

type Confirming = 'rotate' | 'revoke' | null

function FeedChoices({
  kind,
  onKind,
  projectId,
  onProject,
}: {
  kind: FeedKind
  onKind: (kind: FeedKind) => void
  projectId: number | null
  onProject: (projectId: number | null) => void
}) {
  const projects = useProjects()
  const projectSelect = useId()
  return (
    <>
      <fieldset className="mb-2">
        <legend className="form-label fw-semibold fs-6 mb-1">Show tasks as</legend>
        <div className="form-check">
          <input
            className="form-check-input"
            type="radio"
            name="feed-kind"
            id={`${projectSelect}-events`}
            checked={kind === 'events'}
            onChange={() => onKind('events')}
          />
          <label className="form-check-label" htmlFor={`${projectSelect}-events`}>
            Events: for Google Calendar, Apple Calendar and Outlook (dated open tasks on their day or at their time)
          </label>
        </div>
        <div className="form-check">
          <input
            className="form-check-input"
            type="radio"
            name="feed-kind"
            id={`${projectSelect}-todos`}
            checked={kind === 'todos'}
            onChange={() => onKind('todos')}
          />
          <label className="form-check-label" htmlFor={`${projectSelect}-todos`}>
            To-dos: for apps that show tasks from a subscribed address, such as Thunderbird (calendar apps above
            ignore them)
          </label>
        </div>
      </fieldset>
      <div className="mb-2">
        <label htmlFor={projectSelect} className="form-label fw-semibold">
          Project
        </label>
        <select
          id={projectSelect}
          className="form-select"
          value={projectId ?? ''}
          onChange={(event) => onProject(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">All projects (but archived ones)</option>
          {(projects.data ?? []).map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </select>
      </div>
    </>
  )
}

function FeedAddress({ token, onDone }: { token: CalendarToken; onDone: () => void }) {
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const [kind, setKind] = useState<FeedKind>('events')
  const [projectId, setProjectId] = useState<number | null>(null)
  const url = feedUrl(token.url, kind, projectId)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('Copied to the clipboard.')
    } catch {
      input.current?.select()
      setCopied('Copying is blocked here: the address is selected, copy it with Ctrl+C (⌘C).')
    }
  }

  return (
    <div className="alert alert-success">
      <FeedChoices
        kind={kind}
        onKind={(next) => {
          setKind(next)
          setCopied(null)
        }}
        projectId={projectId}
        onProject={(next) => {
          setProjectId(next)
          setCopied(null)
        }}
      />
      <label htmlFor={inputId} className="form-label fw-semibold">
        Your feed address
      </label>
      <div className="input-group mb-2">
        <input
          ref={input}
          id={inputId}
          className="form-control font-monospace"
          readOnly
          value={url}
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
          Subscribe to your tasks with due dates through a secret address. Google Calendar, Apple Calendar and Outlook
          show them as events; apps that read to-dos from a subscription (such as Thunderbird) can show them as tasks.
          When you create the address you pick which, and the project; the same secret works for every choice.
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
