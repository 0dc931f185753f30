import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { webhooksKeys } from './get-webhooks'

/** POST /api/webhooks/{id}/test: queues a `ping`. Throws ApiError (409 while the webhook is off). */
export async function testWebhook(id: number): Promise<Schemas['DeliveryOut']> {
  return expectData(
    await api.POST('/api/webhooks/{webhook_id}/test', {
      params: { path: { webhook_id: id }, header: { 'Idempotency-Key': crypto.randomUUID() } },
    }),
  )
}

export function useTestWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: testWebhook,
    onSuccess: (_delivery, id) => queryClient.invalidateQueries({ queryKey: webhooksKeys.deliveries(id) }),
  })
}
