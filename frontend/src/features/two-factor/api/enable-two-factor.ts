import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { markTwoFactor } from './mark-two-factor'

export type RecoveryCodes = Schemas['RecoveryCodesOut']

/** Confirms enrolment with a first code; answers the ten recovery codes, shown this once. */
export async function enableTwoFactor(body: Schemas['TwoFactorEnableIn']): Promise<RecoveryCodes> {
  return expectData(await api.POST('/api/auth/two-factor/enable', { body }))
}

export function useEnableTwoFactor() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: enableTwoFactor, onSuccess: () => markTwoFactor(queryClient, true) })
}
