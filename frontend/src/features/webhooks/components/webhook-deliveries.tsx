import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'

import { useWebhookDeliveries, type Delivery } from '../api/get-webhook-deliveries'

const STATUS_LABELS: Record<Delivery['status'], string> = {
  pending: 'Pending',
  delivered: 'Delivered',
  failed: 'Failed',
}

const when = (iso: string) => new Date(iso).toLocaleString()

function answer(delivery: Delivery): string {
  if (delivery.response_code !== null) return `HTTP ${delivery.response_code}`
  return delivery.last_error ?? '—'
}

/** A webhook's ten latest deliveries: event, status, the receiver's answer, latency, attempts and when. */
export function WebhookDeliveries({ webhookId, url }: { webhookId: number; url: string }) {
  const deliveries = useWebhookDeliveries(webhookId)
  if (deliveries.isPending) return <Spinner label="Loading the deliveries…" />
  if (deliveries.isError) {
    return (
      <LoadError
        what="the deliveries"
        error={deliveries.error}
        onRetry={deliveries.refetch}
        retrying={deliveries.isFetching}
        compact
      />
    )
  }
  if (deliveries.data.length === 0) return <p className="text-body-secondary small mb-0">Nothing sent yet.</p>
  return (
    <div className="table-responsive">
      <table className="table table-sm small mb-0">
        <caption className="caption-top">Recent deliveries to {url}</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Status</th>
            <th scope="col">Answer</th>
            <th scope="col">Latency</th>
            <th scope="col">Attempts</th>
            <th scope="col">Queued</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.map((delivery) => (
            <tr key={delivery.id}>
              <td>{delivery.event}</td>
              <td>{STATUS_LABELS[delivery.status]}</td>
              <td className="text-break">{answer(delivery)}</td>
              <td>{delivery.latency_ms !== null ? `${delivery.latency_ms} ms` : '—'}</td>
              <td>{delivery.attempts}</td>
              <td>{when(delivery.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
