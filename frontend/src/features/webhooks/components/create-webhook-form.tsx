import { useId, useRef, useState, type SyntheticEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { formErrors } from '@/lib/api/form-errors'

import { useCreateWebhook, type CreatedWebhook } from '../api/create-webhook'
import type { WebhookEvent } from '../api/get-webhooks'
import { EVENT_LABELS } from '../utils/event-labels'

/** The form that adds a personal webhook; `onCreated` receives it with its secret. */
export function CreateWebhookForm({ onCreated }: { onCreated: (webhook: CreatedWebhook) => void }) {
  const create = useCreateWebhook()
  const id = useId()
  const [url, setUrl] = useState('')
  const [events, setEvents] = useState<WebhookEvent[]>(['task.created', 'task.updated', 'task.completed'])
  const [fields, setFields] = useState<Record<string, string>>({})
  const [alert, setAlert] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusInvalid(formRef, create.error)

  function toggle(event: WebhookEvent, on: boolean) {
    setEvents((chosen) => (on ? [...chosen, event] : chosen.filter((other) => other !== event)))
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    setFields({})
    setAlert(null)
    create.mutate(
      { url: url.trim(), events },
      {
        onSuccess: (created) => {
          setUrl('')
          onCreated(created)
        },
        onError: (failure) => {
          const errors = formErrors(failure, 'webhook', ['url', 'events'])
          setFields(errors.fields)
          setAlert(errors.alert)
        },
      },
    )
  }

  const eventsError = fields.events ?? Object.entries(fields).find(([field]) => field.startsWith('events['))?.[1]
  return (
    <form ref={formRef} className="mb-3" noValidate onSubmit={submit} aria-label="Add a webhook">
      <FormAlert message={alert} />
      <TextField
        label="URL to send events to"
        type="url"
        placeholder="https://example.com/hooks/taskforge"
        value={url}
        maxLength={2048}
        error={fields.url}
        onChange={(change) => setUrl(change.target.value)}
      />
      <fieldset className="mb-3" aria-describedby={eventsError ? `${id}-events-error` : undefined}>
        <legend className="form-label fs-6">Events</legend>
        <div className="d-flex flex-wrap gap-3">
          {EVENT_LABELS.map(([name, label]) => (
            <div className="form-check" key={name}>
              <input
                id={`${id}-${name}`}
                className={`form-check-input${eventsError ? ' is-invalid' : ''}`}
                type="checkbox"
                checked={events.includes(name)}
                onChange={(change) => toggle(name, change.target.checked)}
              />
              <label className="form-check-label" htmlFor={`${id}-${name}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
        {eventsError && (
          <div id={`${id}-events-error`} className="text-danger small mt-1">
            {eventsError}
          </div>
        )}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        Add webhook
      </button>
    </form>
  )
}
