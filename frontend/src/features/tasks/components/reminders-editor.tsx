import { useId } from 'react'

import { hintBeside } from '@/components/form/hint'
import { failureMessage, messageAt, type FieldMessages } from '@/lib/api/field-messages'
import { formatInZone } from '@/lib/zoned-time'

import { MAX_REMINDERS, reminderKey, type ReminderDraft, type ReminderUnit } from '../utils/task-form-values'

/** What the API says when there are too many, and when a reminder before the due date has no due date to go by. */
const TOO_MANY = failureMessage('task', 'reminders', { kind: 'too_many', limit: MAX_REMINDERS })
const NEEDS_DUE = 'A reminder before the due date needs a due date: set one above.'

interface RemindersEditorProps {
  reminders: ReminderDraft[]
  onChange: (reminders: ReminderDraft[]) => void
  hasDue: boolean
  zone: string
  /** The API's field errors as sentences, by path. */
  errors: FieldMessages
}

/** Up to ten reminders: some time before the due date, or at a date and time in the user's zone. */
export function RemindersEditor({ reminders, onChange, hasDue, zone, errors }: RemindersEditorProps) {
  const id = useId()
  const listError = errors.reminders
  const replace = (index: number, next: ReminderDraft) =>
    onChange(reminders.map((draft, position) => (position === index ? next : draft)))

  return (
    <fieldset className="mb-3 border rounded p-2" aria-describedby={listError ? `${id}-error` : undefined}>
      <legend className="fs-6 float-none w-auto px-1 mb-1">Reminders</legend>
      {reminders.length === 0 && <p className="small text-body-secondary mb-2">No reminders.</p>}
      <ol className="list-unstyled mb-2">
        {reminders.map((draft, index) => (
          <ReminderRow
            key={draft.key}
            id={`${id}-${draft.key}`}
            number={index + 1}
            draft={draft}
            hasDue={hasDue}
            zone={zone}
            error={messageAt(errors, `reminders[${index}]`)}
            onChange={(next) => replace(index, next)}
            onRemove={() => onChange(reminders.filter((_, position) => position !== index))}
          />
        ))}
      </ol>
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        disabled={reminders.length >= MAX_REMINDERS}
        onClick={() =>
          onChange([...reminders, { key: reminderKey(), kind: 'before', amount: 1, unit: 'hours' }])
        }
      >
        Add reminder
      </button>
      {reminders.length >= MAX_REMINDERS && listError !== TOO_MANY && <span className="small ms-2">{TOO_MANY}</span>}
      {listError && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {listError}
        </div>
      )}
    </fieldset>
  )
}

interface ReminderRowProps {
  id: string
  number: number
  draft: ReminderDraft
  hasDue: boolean
  zone: string
  error: string | undefined
  onChange: (draft: ReminderDraft) => void
  onRemove: () => void
}

function ReminderRow({ id, number, draft, hasDue, zone, error, onChange: replace, onRemove }: ReminderRowProps) {
  // A changed reminder is a new one to the API: what it said about the old one no longer holds.
  const onChange = (next: ReminderDraft) => replace({ ...next, state: undefined })
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {}
  const field = `form-control form-control-sm${error ? ' is-invalid' : ''}`
  return (
    <li className="mb-2">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <label htmlFor={`${id}-kind`} className="visually-hidden">
          Reminder {number} type
        </label>
        <select
          id={`${id}-kind`}
          className="form-select form-select-sm w-auto"
          value={draft.kind}
          onChange={(event) =>
            onChange(
              event.target.value === 'at'
                ? { key: draft.key, kind: 'at', date: '', time: '' }
                : { key: draft.key, kind: 'before', amount: 1, unit: 'hours' },
            )
          }
        >
          <option value="before">Before due</option>
          <option value="at">At a date and time</option>
        </select>
        {draft.kind === 'before' ? (
          <>
            <label htmlFor={`${id}-amount`} className="visually-hidden">
              Reminder {number} amount
            </label>
            <input
              id={`${id}-amount`}
              type="number"
              min={0}
              className={field}
              style={{ maxWidth: '6rem' }}
              value={draft.amount}
              onChange={(event) => onChange({ ...draft, amount: Math.max(0, Math.trunc(Number(event.target.value)) || 0) })}
              {...invalid}
            />
            <label htmlFor={`${id}-unit`} className="visually-hidden">
              Reminder {number} unit
            </label>
            <select
              id={`${id}-unit`}
              className="form-select form-select-sm w-auto"
              value={draft.unit}
              onChange={(event) => onChange({ ...draft, unit: event.target.value as ReminderUnit })}
            >
              <option value="minutes">minutes</option>
              <option value="hours">hours</option>
              <option value="days">days</option>
            </select>
            <span>before due</span>
          </>
        ) : (
          <>
            <label htmlFor={`${id}-date`} className="visually-hidden">
              Reminder {number} date
            </label>
            <input
              id={`${id}-date`}
              type="date"
              className={field}
              style={{ maxWidth: '10rem' }}
              value={draft.date}
              onChange={(event) => onChange({ ...draft, date: event.target.value })}
              {...invalid}
            />
            <label htmlFor={`${id}-time`} className="visually-hidden">
              Reminder {number} time
            </label>
            <input
              id={`${id}-time`}
              type="time"
              className={field}
              style={{ maxWidth: '8rem' }}
              value={draft.time}
              onChange={(event) => onChange({ ...draft, time: event.target.value })}
            />
          </>
        )}
        {draft.state && <ReminderStateBadge state={draft.state} zone={zone} />}
        <button
          type="button"
          className="btn btn-sm btn-outline-danger"
          aria-label={`Remove reminder ${number}`}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
      {draft.kind === 'before' && !hasDue && hintBeside(NEEDS_DUE, error) && <div className="form-text">{NEEDS_DUE}</div>}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </li>
  )
}

function ReminderStateBadge({ state, zone }: { state: NonNullable<ReminderDraft['state']>; zone: string }) {
  if (state.sent_at) {
    return (
      <span className={`badge ${state.late ? 'text-bg-warning' : 'text-bg-success'}`}>
        Sent {formatInZone(state.sent_at, zone, 'd MMM, HH:mm')}
        {state.late ? ' (late)' : ''}
      </span>
    )
  }
  return state.fire_at ? (
    <span className="badge text-bg-light border">Due to fire {formatInZone(state.fire_at, zone, 'd MMM, HH:mm')}</span>
  ) : null
}
