import { toast } from 'react-toastify/unstyled'

import { describeError } from '@/lib/api/problem'
import { useTimeZone } from '@/lib/auth/current-user'
import { formatInZone } from '@/lib/zoned-time'

import { useDeletePushSubscription } from '../api/delete-push-subscription'
import type { PushSubscriptionRecord } from '../api/get-push-subscriptions'
import { describeUserAgent } from '../utils/describe-user-agent'

/** The user's other subscribed browsers (another device, another browser here), each with a Remove button. */
export function OtherBrowsers({ browsers }: { browsers: PushSubscriptionRecord[] }) {
  const timeZone = useTimeZone()
  const remove = useDeletePushSubscription()

  const removeOne = (record: PushSubscriptionRecord, name: string) =>
    remove.mutate(record.id, {
      onSuccess: () => toast.success(`Push turned off for ${name}.`),
      onError: (error) => toast.error(`Could not remove ${name}: ${describeError(error)}`),
    })

  return (
    <>
      <h3 className="fs-6">Your other browsers</h3>
      {browsers.length === 0 ? (
        <p className="text-body-secondary mb-0">Push is on in no other browser.</p>
      ) : (
        <ul className="list-group" aria-label="Your other browsers">
          {browsers.map((record) => {
            const name = describeUserAgent(record.user_agent)
            const since = formatInZone(record.created_at, timeZone, 'd MMM yyyy')
            return (
              <li key={record.id} className="list-group-item d-flex gap-3 align-items-center">
                <div className="flex-grow-1 min-w-0">
                  <p className="mb-0 text-break" title={record.user_agent ?? undefined}>
                    {name}
                  </p>
                  <p className="small text-body-secondary mb-0">
                    Since <time dateTime={record.created_at}>{since}</time>
                  </p>
                </div>
                <button
                  type="button"
                  className="btn btn-sm btn-outline-danger flex-shrink-0"
                  disabled={remove.isPending && remove.variables === record.id}
                  aria-label={`Remove ${name}, since ${since}`}
                  onClick={() => removeOne(record, name)}
                >
                  Remove
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
