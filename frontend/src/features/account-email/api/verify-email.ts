import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { currentUserQueryOptions } from '@/lib/auth/current-user'

/** Verifies the account's address with the token of a verification link (single use). */
export async function verifyEmail(token: string): Promise<void> {
  expectData(await api.POST('/api/auth/email/verify', { body: { token } }))
}

/** Verifies, then refreshes the signed-in user (if any): its `email_verified` changed. */
export function useVerifyEmail() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: verifyEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: currentUserQueryOptions().queryKey }),
  })
}
