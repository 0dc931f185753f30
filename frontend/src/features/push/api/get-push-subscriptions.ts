import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type PushSubscriptionRecord = Schemas['PushSubscriptionOut']

/** Every push query key starts here: invalidate `pushKeys.all` after subscribing or unsubscribing. */
export const pushKeys = {
  all: ['push'] as const,
  key: () => [...pushKeys.all, 'key'] as const,
  subscriptions: () => [...pushKeys.all, 'subscriptions'] as const,
  browser: () => [...pushKeys.all, 'browser'] as const,
}

export async function getPushSubscriptions(signal?: AbortSignal): Promise<PushSubscriptionRecord[]> {
  return expectData(await api.GET('/api/push/subscriptions', { signal })).items
}

/** The browsers the signed-in user subscribed to push, oldest first. */
export const pushSubscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: pushKeys.subscriptions(),
    queryFn: ({ signal }) => getPushSubscriptions(signal),
  })

export function usePushSubscriptions() {
  return useQuery(pushSubscriptionsQueryOptions())
}
