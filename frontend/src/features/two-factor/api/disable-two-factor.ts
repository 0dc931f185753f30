import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { markTwoFactor } from './mark-two-factor'

/** Turns two-factor off with the password and a code (or a recovery code). */
export async function disableTwoFactor(body: Schemas['TwoFactorDisableIn']): Promise<void> {
  expectData(await api.POST('/api/auth/two-factor/disable', { body }))
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: disableTwoFactor, onSuccess: () => markTwoFactor(queryClient, false) })
}
