import { useMutation } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type LoginCode = Schemas['TwoFactorLoginIn']

/** Finishes a sign-in with the challenge of its first step and a code or a recovery code. */
export async function verifyLoginCode(body: LoginCode): Promise<Schemas['TokenOut']> {
  return expectData(await api.POST('/api/auth/login/two-factor', { body }))
}

/** The tokens go to the caller (the app starts the session: features do not import each other). */
export function useVerifyLoginCode() {
  return useMutation({ mutationFn: verifyLoginCode })
}
