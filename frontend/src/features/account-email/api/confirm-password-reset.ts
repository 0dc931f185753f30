import { useMutation } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type ResetConfirmation = Schemas['ResetConfirmIn']

/** Sets a new password with the token of a reset link (single use). */
export async function confirmPasswordReset(body: ResetConfirmation): Promise<void> {
  expectData(await api.POST('/api/auth/password-reset/confirm', { body }))
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset })
}
