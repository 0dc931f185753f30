import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type Webhook = Schemas['WebhookOut']
export type WebhookEvent = Schemas['WebhookIn']['events'][number]

/** Every webhook query key starts here: invalidate `webhooksKeys.all` after a change. */
export const webhooksKeys = {
  all: ['webhooks'] as const,
  personal: () => [...webhooksKeys.all, 'personal'] as const,
  deliveries: (webhookId: number) => [...webhooksKeys.all, 'deliveries', webhookId] as const,
}

export async function getWebhooks(signal?: AbortSignal): Promise<Webhook[]> {
  return expectData(await api.GET('/api/webhooks', { signal })).items
}

/** The signed-in user's personal webhooks (every project they own), oldest first. */
export const webhooksQueryOptions = () =>
  queryOptions({ queryKey: webhooksKeys.personal(), queryFn: ({ signal }) => getWebhooks(signal) })

export function useWebhooks() {
  return useQuery(webhooksQueryOptions())
}
