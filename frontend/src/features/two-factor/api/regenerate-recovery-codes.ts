import { useMutation } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

/** Ten new recovery codes for a code (or a recovery code); the old ones stop working. */
export async function regenerateRecoveryCodes(body: Schemas['RecoveryCodesIn']): Promise<Schemas['RecoveryCodesOut']> {
  return expectData(await api.POST('/api/auth/two-factor/recovery-codes', { body }))
}

export function useRegenerateRecoveryCodes() {
  return useMutation({ mutationFn: regenerateRecoveryCodes })
}
