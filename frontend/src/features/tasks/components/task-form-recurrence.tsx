import { WEEKDAYS, type EndMode, type FriendlyRule, type MonthlyMode, type Weekday } from '../utils/rrule-text'

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
}
const UNITS = { daily: 'days', weekdays: 'weeks', weekly: 'weeks', monthly: 'months', yearly: 'years' } as const
const ORDINALS = [
  { value: 1, label: 'first' },
  { value: 2, label: 'second' },
  { value: 3, label: 'third' },
  { value: 4, label: 'fourth' },
  { value: -1, label: 'last' },
] as const
const MONTH_DAYS = [...Array.from({ length: 31 }, (_, index) => index + 1), -1]

interface RecurrenceDetailsProps {
  id: string
  rule: FriendlyRule
  onChange: (rule: FriendlyRule) => void
}

const toNumber = (text: string) => (text === '' ? 0 : Math.max(0, Math.trunc(Number(text)) || 0))

/** The parts of a friendly rule: every N, the weekdays, the monthly day, and the end. */
export function RecurrenceDetails({ id, rule, onChange }: RecurrenceDetailsProps) {
  const set = (change: Partial<FriendlyRule>) => onChange({ ...rule, ...change })
  return (
    <>
      {rule.freq !== 'weekdays' && (
        <div className="d-flex align-items-center gap-2 mt-2">
          <label htmlFor={`${id}-interval`} className="text-nowrap">
            Every
          </label>
          <input
            id={`${id}-interval`}
            type="number"
            min={1}
            max={999}
            className="form-control"
            style={{ maxWidth: '6rem' }}
            value={rule.interval || ''}
            aria-describedby={`${id}-unit`}
            onChange={(event) => set({ interval: toNumber(event.target.value) })}
          />
          <span id={`${id}-unit`}>{UNITS[rule.freq]}</span>
        </div>
      )}
      {rule.freq === 'weekly' && (
        <fieldset className="mt-2">
          <legend className="form-label fs-6 mb-1">On</legend>
          {WEEKDAYS.map((day) => (
            <div key={day} className="form-check form-check-inline">
              <input
                id={`${id}-day-${day}`}
                type="checkbox"
                className="form-check-input"
                checked={rule.days.includes(day)}
                onChange={(event) =>
                  set({ days: event.target.checked ? [...rule.days, day] : rule.days.filter((other) => other !== day) })
                }
              />
              <label htmlFor={`${id}-day-${day}`} className="form-check-label">
                {DAY_NAMES[day]}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {rule.freq === 'monthly' && <MonthlyDetails id={id} rule={rule} set={set} />}
      <EndDetails id={id} rule={rule} set={set} />
    </>
  )
}

interface PartProps {
  id: string
  rule: FriendlyRule
  set: (change: Partial<FriendlyRule>) => void
}

function MonthlyDetails({ id, rule, set }: PartProps) {
  const radio = (value: MonthlyMode, label: string) => (
    <div className="form-check">
      <input
        id={`${id}-monthly-${value}`}
        type="radio"
        className="form-check-input"
        name={`${id}-monthly`}
        checked={rule.monthly === value}
        onChange={() => set({ monthly: value })}
      />
      <label htmlFor={`${id}-monthly-${value}`} className="form-check-label">
        {label}
      </label>
    </div>
  )
  return (
    <fieldset className="mt-2">
      <legend className="form-label fs-6 mb-1">Which day of the month</legend>
      {radio('due', 'The day of the due date')}
      {radio('day', 'On a day of the month')}
      {rule.monthly === 'day' && (
        <div className="ms-4 mb-1">
          <label htmlFor={`${id}-month-day`} className="visually-hidden">
            Day of the month
          </label>
          <select
            id={`${id}-month-day`}
            className="form-select form-select-sm w-auto"
            value={rule.monthDay}
            onChange={(event) => set({ monthDay: Number(event.target.value) })}
          >
            {MONTH_DAYS.map((day) => (
              <option key={day} value={day}>
                {day === -1 ? 'Last day' : `Day ${day}`}
              </option>
            ))}
          </select>
        </div>
      )}
      {radio('weekday', 'On a weekday of the month (e.g. the second Tuesday)')}
      {rule.monthly === 'weekday' && (
        <div className="ms-4 d-flex gap-2">
          <label htmlFor={`${id}-nth`} className="visually-hidden">
            Which one
          </label>
          <select
            id={`${id}-nth`}
            className="form-select form-select-sm w-auto"
            value={rule.nth}
            onChange={(event) => set({ nth: Number(event.target.value) })}
          >
            {ORDINALS.map((ordinal) => (
              <option key={ordinal.value} value={ordinal.value}>
                {ordinal.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-nth-day`} className="visually-hidden">
            Weekday
          </label>
          <select
            id={`${id}-nth-day`}
            className="form-select form-select-sm w-auto"
            value={rule.nthDay}
            onChange={(event) => set({ nthDay: event.target.value as Weekday })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {DAY_NAMES[day]}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  )
}

function EndDetails({ id, rule, set }: PartProps) {
  return (
    <div className="row g-2 mt-1 align-items-end">
      <div className="col-sm-5">
        <label htmlFor={`${id}-end`} className="form-label">
          Ends
        </label>
        <select
          id={`${id}-end`}
          className="form-select"
          value={rule.end}
          onChange={(event) => set({ end: event.target.value as EndMode })}
        >
          <option value="never">Never</option>
          <option value="count">After a number of times</option>
          <option value="until">On a date</option>
        </select>
      </div>
      {rule.end === 'count' && (
        <div className="col-sm-4">
          <label htmlFor={`${id}-count`} className="form-label">
            Times
          </label>
          <input
            id={`${id}-count`}
            type="number"
            min={1}
            max={1000}
            className="form-control"
            value={rule.count || ''}
            onChange={(event) => set({ count: toNumber(event.target.value) })}
          />
        </div>
      )}
      {rule.end === 'until' && (
        <div className="col-sm-5">
          <label htmlFor={`${id}-until`} className="form-label">
            Last date
          </label>
          <input
            id={`${id}-until`}
            type="date"
            className="form-control"
            value={rule.until}
            onChange={(event) => set({ until: event.target.value })}
          />
        </div>
      )}
    </div>
  )
}
