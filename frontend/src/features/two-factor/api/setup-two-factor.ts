import { useMutation } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type TwoFactorSetup = Schemas['TwoFactorSetupOut']

/** Starts enrolment: a new secret (and its QR code) each time, until a code confirms it. */
export async function setupTwoFactor(body: Schemas['TwoFactorSetupIn']): Promise<TwoFactorSetup> {
  return expectData(await api.POST('/api/auth/two-factor/setup', { body }))
}

export function useSetupTwoFactor() {
  return useMutation({ mutationFn: setupTwoFactor })
}
