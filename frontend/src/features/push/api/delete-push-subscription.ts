import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { pushKeys } from './get-push-subscriptions'

/** Unsubscribes a browser on the server; one already gone (404) counts as done. */
export async function deletePushSubscription(id: number): Promise<void> {
  const result = await api.DELETE('/api/push/subscriptions/{subscription_id}', {
    params: { path: { subscription_id: id } },
  })
  if (result.response.status === 404) return
  expectData(result)
}

/** Removes one of the user's subscribed browsers (another one: this browser turns off through usePushState). */
export function useDeletePushSubscription() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deletePushSubscription,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pushKeys.all }),
  })
}
