import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { webhooksKeys } from './get-webhooks'

export type Delivery = Schemas['DeliveryOut']

export async function getWebhookDeliveries(webhookId: number, signal?: AbortSignal): Promise<Delivery[]> {
  const result = await api.GET('/api/webhooks/{webhook_id}/deliveries', {
    params: { path: { webhook_id: webhookId }, query: { per_page: 10 } },
    signal,
  })
  return expectData(result).items
}

/** A webhook's ten latest deliveries, newest first. */
export const webhookDeliveriesQueryOptions = (webhookId: number) =>
  queryOptions({
    queryKey: webhooksKeys.deliveries(webhookId),
    queryFn: ({ signal }) => getWebhookDeliveries(webhookId, signal),
  })

export function useWebhookDeliveries(webhookId: number) {
  return useQuery(webhookDeliveriesQueryOptions(webhookId))
}
