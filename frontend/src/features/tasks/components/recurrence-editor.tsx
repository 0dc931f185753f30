import { TZDate } from '@date-fns/tz'
import { useId, useState } from 'react'

import { formatInZone } from '@/lib/zoned-time'

import {
  DEFAULT_RULE,
  describeRRule,
  parseRRule,
  previewOccurrences,
  toRRule,
  WEEKDAYS,
  type FriendlyRule,
  type Frequency,
} from '../utils/rrule-text'
import type { Anchor } from '../utils/task-form-values'
import { RecurrenceDetails } from './task-form-recurrence'

interface RecurrenceEditorProps {
  rrule: string
  anchor: Anchor
  onRuleChange: (rrule: string) => void
  onAnchorChange: (anchor: Anchor) => void
  /** The due date (UTC ISO) the series starts at, or null when the task has none yet. */
  dueIso: string | null
  zone: string
  error?: string | undefined
}

type Mode = 'none' | 'custom' | Frequency

const MODES: { value: Mode; label: string }[] = [
  { value: 'none', label: 'Does not repeat' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekdays', label: 'Every weekday (Monday to Friday)' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'yearly', label: 'Yearly' },
]

/** The rule a new friendly rule starts from: on the due date's weekday and day of the month. */
function startingRule(freq: Frequency, dueIso: string | null, zone: string): FriendlyRule {
  if (!dueIso) return { ...DEFAULT_RULE, freq }
  const due = new TZDate(dueIso, zone)
  const weekday = WEEKDAYS[(due.getDay() + 6) % 7] ?? 'MO'
  return { ...DEFAULT_RULE, freq, days: freq === 'weekly' ? [weekday] : [], monthDay: due.getDate(), nthDay: weekday }
}

/**
 * A friendly editor for common rules (none, daily, weekdays, weekly on days, monthly, yearly; every N; an end)
 * kept in sync with a raw RRULE field; a raw rule the friendly editor cannot show is a "Custom rule".
 */
export function RecurrenceEditor({ rrule, anchor, onRuleChange, onAnchorChange, dueIso, zone, error }: RecurrenceEditorProps) {
  const id = useId()
  // The friendly rule follows the text, but keeps what the text cannot hold (an interval field being retyped).
  const [synced, setSynced] = useState(() => ({ rrule, rule: parseRRule(rrule) }))
  if (synced.rrule !== rrule) setSynced({ rrule, rule: parseRRule(rrule) })
  const rule = synced.rrule === rrule ? synced.rule : parseRRule(rrule)
  const mode: Mode = rrule.trim() === '' ? 'none' : rule ? rule.freq : 'custom'

  function setRule(next: FriendlyRule) {
    const text = toRRule(next)
    setSynced({ rrule: text, rule: next })
    onRuleChange(text)
  }

  function setMode(next: Mode) {
    if (next === 'none') onRuleChange('')
    else if (next !== 'custom') setRule(rule ? { ...rule, freq: next } : startingRule(next, dueIso, zone))
  }

  const words = rrule.trim() ? describeRRule(rrule.toUpperCase()) : null
  const upcoming = rrule.trim() && dueIso ? previewOccurrences(rrule.toUpperCase(), dueIso, zone, 3) : []
  const errorId = `${id}-error`

  return (
    <fieldset className="mb-3 border rounded p-2">
      <legend className="fs-6 float-none w-auto px-1 mb-1">Repeat</legend>
      <div className="row g-2 align-items-end">
        <div className="col-sm-6">
          <label htmlFor={`${id}-mode`} className="form-label">
            Repeats
          </label>
          <select
            id={`${id}-mode`}
            className="form-select"
            value={mode}
            onChange={(event) => setMode(event.target.value as Mode)}
          >
            {MODES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            {mode === 'custom' && <option value="custom">Custom rule</option>}
          </select>
        </div>
      </div>
      {rule && mode !== 'none' && <RecurrenceDetails id={id} rule={rule} onChange={setRule} />}
      {mode !== 'none' && (
        <fieldset className="mt-2">
          <legend className="form-label fs-6 mb-1">Next occurrence</legend>
          {(['due', 'completion'] as const).map((value) => (
            <div key={value} className="form-check form-check-inline">
              <input
                id={`${id}-anchor-${value}`}
                type="radio"
                className="form-check-input"
                name={`${id}-anchor`}
                checked={anchor === value}
                onChange={() => onAnchorChange(value)}
              />
              <label htmlFor={`${id}-anchor-${value}`} className="form-check-label">
                {value === 'due' ? 'Repeat from the due date' : 'Repeat from when I complete it'}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="mt-2">
        <label htmlFor={`${id}-raw`} className="form-label">
          Advanced: raw RRULE
        </label>
        <input
          id={`${id}-raw`}
          type="text"
          className={`form-control font-monospace${error ? ' is-invalid' : ''}`}
          spellCheck={false}
          autoComplete="off"
          placeholder="FREQ=WEEKLY;BYDAY=MO,WE"
          value={rrule}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onRuleChange(event.target.value)}
        />
        {error && (
          <div id={errorId} className="invalid-feedback">
            {error}
          </div>
        )}
      </div>
      <div aria-live="polite" className="mt-2 small">
        {mode === 'custom' && <p className="mb-1 fw-semibold">Custom rule</p>}
        {words && <p className="mb-1">{words}</p>}
        {mode !== 'none' && !dueIso && (
          <p className="mb-1 text-warning-emphasis">A repeating task needs a due date: set one above.</p>
        )}
        {upcoming.length > 0 && (
          <p className="mb-0 text-body-secondary">
            Next dates: {upcoming.map((iso) => formatInZone(iso, zone, 'EEE d MMM yyyy, HH:mm')).join('; ')}
          </p>
        )}
      </div>
    </fieldset>
  )
}
