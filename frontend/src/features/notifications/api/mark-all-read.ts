import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { notificationsKeys } from './get-notifications'

/** Marks every notification read; the Idempotency-Key makes a retried request count once. */
export async function markAllRead(idempotencyKey: string = crypto.randomUUID()): Promise<Schemas['ReadAll']> {
  return expectData(
    await api.POST('/api/notifications/read-all', { params: { header: { 'Idempotency-Key': idempotencyKey } } }),
  )
}

export function useMarkAllRead() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => markAllRead(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  })
}
