import { useId, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'

import type { CreatedWebhook } from '../api/create-webhook'
import { useDeleteWebhook } from '../api/delete-webhook'
import { useWebhooks, type Webhook } from '../api/get-webhooks'
import { useTestWebhook } from '../api/test-webhook'
import { eventLabel } from '../utils/event-labels'
import { CreateWebhookForm } from './create-webhook-form'
import { WebhookDeliveries } from './webhook-deliveries'

/** The secret of the webhook just added: shown this once, in a live region. */
function SecretOnce({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) {
  return (
    <div className="alert alert-success" role="status">
      <p className="mb-2">
        Added. Copy its signing secret now: it is not shown again. Verify each delivery&apos;s{' '}
        <code className="text-reset">webhook-signature</code> with it (Standard Webhooks).
      </p>
      <p className="mb-2">
        <code className="user-select-all text-break text-reset fw-semibold" aria-label="Signing secret">
          {created.secret}
        </code>
      </p>
      <button type="button" className="btn btn-sm btn-success" onClick={onDone}>
        I have copied it
      </button>
    </div>
  )
}

function WebhookItem({ webhook }: { webhook: Webhook }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const remove = useDeleteWebhook()
  const ping = useTestWebhook()

  function sendTest() {
    ping.mutate(webhook.id, {
      onSuccess: () => {
        toast.success('Test event queued')
        setOpen(true)
      },
      onError: (error) => toast.error(describeError(error)),
    })
  }

  function confirmDelete() {
    remove.mutate(webhook.id, {
      onSuccess: () => toast.success('Webhook deleted'),
      onError: (error) => toast.error(describeError(error)),
    })
  }

  return (
    <li className="list-group-item">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span className="fw-semibold me-auto text-break">{webhook.url}</span>
        <span className={`badge ${webhook.active ? 'text-bg-success' : 'text-bg-secondary'}`}>
          {webhook.active ? 'On' : 'Off'}
        </span>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={sendTest} disabled={!webhook.active || ping.isPending}>
          Send test
        </button>
        <button
          type="button"
          className="btn btn-sm btn-outline-secondary"
          aria-expanded={open}
          aria-controls={`${id}-deliveries`}
          onClick={() => setOpen((shown) => !shown)}
        >
          Deliveries
        </button>
        {confirming ? (
          <>
            <button type="button" className="btn btn-sm btn-danger" onClick={confirmDelete} disabled={remove.isPending}>
              Delete for good
            </button>
            <button type="button" className="btn btn-sm btn-link" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
      <p className="small text-body-secondary mb-0">{webhook.events.map(eventLabel).join(', ')}</p>
      {webhook.disabled_reason && <p className="small text-danger mb-0">{webhook.disabled_reason}</p>}
      <div id={`${id}-deliveries`} hidden={!open} className="mt-2">
        {open && <WebhookDeliveries webhookId={webhook.id} url={webhook.url} />}
      </div>
    </li>
  )
}

/** Settings › Webhooks: signed HTTP callbacks when tasks and comments change in any project the user owns. */
export function WebhooksSettings() {
  const webhooks = useWebhooks()
  const [created, setCreated] = useState<CreatedWebhook | null>(null)
  return (
    <section className="card" aria-labelledby="webhooks-title">
      <div className="card-body">
        <h2 id="webhooks-title" className="fs-5">
          Webhooks
        </h2>
        <p>
          TaskForge POSTs a signed JSON event to your URL when tasks and comments change in any project you own. A
          webhook whose deliveries fail for 24 hours is turned off, and you are told.
        </p>
        {created ? <SecretOnce created={created} onDone={() => setCreated(null)} /> : <CreateWebhookForm onCreated={setCreated} />}
        {webhooks.isPending ? (
          <Spinner label="Loading your webhooks…" />
        ) : webhooks.isError ? (
          <LoadError what="your webhooks" error={webhooks.error} onRetry={webhooks.refetch} retrying={webhooks.isFetching} compact />
        ) : webhooks.data.length === 0 ? (
          <p className="text-body-secondary mb-0">No webhooks yet.</p>
        ) : (
          <ul className="list-group" aria-label="Your webhooks">
            {webhooks.data.map((webhook) => (
              <WebhookItem key={webhook.id} webhook={webhook} />
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
