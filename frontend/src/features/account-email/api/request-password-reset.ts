import { useMutation } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type ResetRequest = Schemas['ResetRequestIn']

/** Asks for a reset link; the server answers the same whether or not an account uses the address. */
export async function requestPasswordReset(body: ResetRequest): Promise<Schemas['Accepted']> {
  return expectData(await api.POST('/api/auth/password-reset', { body }))
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset })
}
