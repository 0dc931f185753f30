import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { webhooksKeys } from './get-webhooks'

export type CreatedWebhook = Schemas['WebhookCreated']

/** POST /api/webhooks: a personal webhook, with its secret (shown this once). Throws ApiError (422, 409). */
export async function createWebhook(body: Schemas['WebhookIn']): Promise<CreatedWebhook> {
  return expectData(await api.POST('/api/webhooks', { body }))
}

export function useCreateWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }),
  })
}
