import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { currentUserQueryOptions } from '@/lib/auth/current-user'

/** Makes the address an email-change link was sent to the account's (single use). */
export async function confirmEmailChange(token: string): Promise<void> {
  expectData(await api.POST('/api/auth/email/confirm', { body: { token } }))
}

/** Confirms, then refreshes the signed-in user (if any): its address changed. */
export function useConfirmEmailChange() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: confirmEmailChange,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQueryOptions().queryKey }),
  })
}
