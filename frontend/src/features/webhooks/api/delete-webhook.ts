import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { webhooksKeys } from './get-webhooks'

/** DELETE /api/webhooks/{id}; one already gone (404) counts as done. */
export async function deleteWebhook(id: number): Promise<void> {
  const result = await api.DELETE('/api/webhooks/{webhook_id}', { params: { path: { webhook_id: id } } })
  if (result.response.status === 404) return
  expectData(result)
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteWebhook,
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }),
  })
}
