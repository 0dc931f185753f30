import { useEffect, useId, useRef, useState, type SyntheticEvent, type ReactNode } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { failureMessage, messageAt, unclaimedSentences, type FieldMessages } from '@/lib/api/field-messages'
import { PRIORITIES } from '@/lib/priorities'
import { zoneLabel } from '@/lib/zoned-time'

import { dueInstant, invalidDates, type TaskFormValues } from '../utils/task-form-values'
import { AssigneePicker } from './assignee-picker'
import { RecurrenceEditor } from './recurrence-editor'
import { RemindersEditor } from './reminders-editor'
import { TagInput } from './tag-input'
import { ProjectFields } from './task-form-project'

/** The fields the form shows errors for; others go in the form's alert, in words naming their field. */
const FORM_PATHS = [
  'title', 'description', 'priority', 'due_date', 'tags', 'recurrence', 'reminders', 'project_id', 'section_id',
  'assignee_ids',
] as const

const TITLE_MISSING = failureMessage('task', 'title', { kind: 'missing' })

/** Days that do not exist (some browsers let them be typed), in the words the API's date errors get. */
function impossibleDates(values: TaskFormValues): FieldMessages {
  const found = Object.keys(invalidDates(values)).map((path) => [path, failureMessage('task', path, { kind: 'date' })])
  return Object.fromEntries(found) as FieldMessages
}

interface TaskFormProps {
  values: TaskFormValues
  onChange: (values: TaskFormValues) => void
  onSubmit: () => void
  zone: string
  /** The API's field errors as sentences, by path (`fieldMessagesOf(error, 'task')`). */
  errors: FieldMessages
  alert: string | null
  submitLabel: string
  busy: boolean
  onCancel: () => void
  /** Shown above the buttons (the conflict panel). */
  notice?: ReactNode
  /** The project and section pickers (not for a subtask, which lives in its parent's project). */
  showProject?: boolean
  /** The user may only look (a viewer of the project, or an archived project): no field can change, nothing is saved. */
  readOnly?: boolean
}

/** Every field of a task, in the user's zone; errors from the API (and dates that do not exist) under their fields. */
export function TaskForm(props: TaskFormProps) {
  const { values, onChange, zone } = props
  const id = useId()
  const titleRef = useRef<HTMLInputElement>(null)
  const set = <K extends keyof TaskFormValues>(key: K, value: TaskFormValues[K]) => onChange({ ...values, [key]: value })

  useEffect(() => {
    // The attribute makes the dialog's showModal() focus the title (it runs after this effect).
    titleRef.current?.setAttribute('autofocus', '')
    titleRef.current?.focus()
  }, [])

  const [titleMissing, setTitleMissing] = useState(false)
  // After a submit with impossible dates, their errors follow the values until they are fixed.
  const [checkDates, setCheckDates] = useState(false)
  const errors = checkDates ? { ...props.errors, ...impossibleDates(values) } : props.errors
  const formRef = useRef<HTMLFormElement>(null)
  // A refusal (the API's, or impossible dates) takes the focus to the first field to fix.
  const [dateRefusals, setDateRefusals] = useState(0)
  useFocusInvalid(formRef, props.errors)
  useFocusInvalid(formRef, dateRefusals)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (props.busy || props.readOnly) return
    // The one check made here: everything else is the API's to judge.
    if (!values.title.trim()) {
      setTitleMissing(true)
      titleRef.current?.focus()
      return
    }
    setTitleMissing(false)
    if (Object.keys(invalidDates(values)).length > 0) {
      setCheckDates(true)
      setDateRefusals((count) => count + 1)
      return
    }
    props.onSubmit()
  }

  const dueIso = dueInstant(values, zone)
  const dueError = messageAt(errors, 'due_date')
  const titleError = titleMissing && !values.title.trim() ? TITLE_MISSING : messageAt(errors, 'title')
  const otherErrors = unclaimedSentences(errors, FORM_PATHS, 'task')
  const alert = [props.alert, ...otherErrors].filter(Boolean).join(' ')

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-describedby={alert ? `${id}-alert` : undefined}>
      <div id={`${id}-alert`}>
        <FormAlert message={alert} />
      </div>
      {props.readOnly && (
        <p className="alert alert-secondary" role="status">
          You can see this task but not change it: your role in its project does not allow it, or the project is archived.
        </p>
      )}
      <fieldset disabled={props.readOnly} className="min-w-0">
        <div className="mb-3">
          <label htmlFor={`${id}-title`} className="form-label">
            Title
          </label>
          <input
            ref={titleRef}
            id={`${id}-title`}
            type="text"
            className={`form-control${titleError ? ' is-invalid' : ''}`}
            required
            maxLength={200}
            value={values.title}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
            onChange={(event) => set('title', event.target.value)}
          />
          {titleError && (
            <div id={`${id}-title-error`} className="invalid-feedback">
              {titleError}
            </div>
          )}
        </div>
        <div className="mb-3">
          <label htmlFor={`${id}-description`} className="form-label">
            Description
          </label>
          <textarea
            id={`${id}-description`}
            className={`form-control${errors.description ? ' is-invalid' : ''}`}
            rows={3}
            value={values.description}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={errors.description ? `${id}-description-error` : undefined}
            onChange={(event) => set('description', event.target.value)}
          />
          {errors.description && (
            <div id={`${id}-description-error`} className="invalid-feedback">
              {errors.description}
            </div>
          )}
        </div>
        {props.showProject !== false && (
          <ProjectFields
            projectId={values.projectId}
            sectionId={values.sectionId}
            onChange={(change) => onChange({ ...values, ...change })}
            projectError={messageAt(errors, 'project_id')}
            sectionError={messageAt(errors, 'section_id')}
          />
        )}
        <AssigneePicker
          projectId={values.projectId}
          value={values.assignees}
          onChange={(assignees) => set('assignees', assignees)}
          error={messageAt(errors, 'assignee_ids')}
        />
        <div className="row g-2">
          <div className="col-sm-4 mb-3">
            <label htmlFor={`${id}-priority`} className="form-label">
              Priority
            </label>
            <select
              id={`${id}-priority`}
              className={`form-select${errors.priority ? ' is-invalid' : ''}`}
              value={values.priority}
              aria-invalid={errors.priority ? true : undefined}
              aria-describedby={errors.priority ? `${id}-priority-error` : undefined}
              onChange={(event) => set('priority', Number(event.target.value))}
            >
              {PRIORITIES.map((priority) => (
                <option key={priority.value} value={priority.value}>
                  {priority.label}
                </option>
              ))}
            </select>
            {errors.priority && (
              <div id={`${id}-priority-error`} className="invalid-feedback">
                {errors.priority}
              </div>
            )}
          </div>
          <fieldset className="col-sm-8 mb-3" aria-describedby={`${id}-zone${dueError ? ` ${id}-due-error` : ''}`}>
            <legend className="form-label fs-6 mb-2">Due</legend>
            <div className="d-flex gap-2 flex-wrap">
              <div>
                <label htmlFor={`${id}-due-date`} className="visually-hidden">
                  Due date
                </label>
                <input
                  id={`${id}-due-date`}
                  type="date"
                  className={`form-control${dueError ? ' is-invalid' : ''}`}
                  value={values.dueDate}
                  aria-invalid={dueError ? true : undefined}
                  onChange={(event) =>
                    onChange({
                      ...values,
                      dueDate: event.target.value,
                      // A day alone means the start of the working day.
                      dueTime: event.target.value && !values.dueTime ? '09:00' : values.dueTime,
                    })
                  }
                />
              </div>
              <div>
                <label htmlFor={`${id}-due-time`} className="visually-hidden">
                  Due time
                </label>
                <input
                  id={`${id}-due-time`}
                  type="time"
                  className={`form-control${dueError ? ' is-invalid' : ''}`}
                  value={values.dueTime}
                  disabled={!values.dueDate}
                  onChange={(event) => set('dueTime', event.target.value)}
                />
              </div>
              {values.dueDate && (
                <button
                  type="button"
                  className="btn btn-outline-secondary"
                  onClick={() => onChange({ ...values, dueDate: '', dueTime: '' })}
                >
                  Clear due date
                </button>
              )}
            </div>
            <div id={`${id}-zone`} className="form-text">
              Time zone: {zoneLabel(zone)}
            </div>
            {dueError && (
              <div id={`${id}-due-error`} className="invalid-feedback d-block">
                {dueError}
              </div>
            )}
        </fieldset>
      </div>
      <TagInput value={values.tags} onChange={(tags) => set('tags', tags)} error={messageAt(errors, 'tags')} />
      <RecurrenceEditor
        rrule={values.rrule}
        anchor={values.anchor}
        onRuleChange={(rrule) => set('rrule', rrule)}
        onAnchorChange={(anchor) => set('anchor', anchor)}
        dueIso={dueIso}
        zone={zone}
        error={messageAt(errors, 'recurrence')}
      />
      <RemindersEditor
        reminders={values.reminders}
        onChange={(reminders) => set('reminders', reminders)}
        hasDue={dueIso !== null}
        zone={zone}
        errors={errors}
      />
      </fieldset>
      {props.notice}
      <div className="d-flex justify-content-end gap-2 border-top pt-3">
        <button type="button" className="btn btn-outline-secondary" onClick={props.onCancel}>
          {props.readOnly ? 'Close' : 'Cancel'}
        </button>
        {!props.readOnly && (
          <button type="submit" className="btn btn-primary" disabled={props.busy} aria-busy={props.busy}>
            {props.busy && <span className="spinner-border spinner-border-sm me-2" aria-hidden="true" />}
            {props.busy ? 'Saving…' : props.submitLabel}
          </button>
        )}
      </div>
    </form>
  )
}
