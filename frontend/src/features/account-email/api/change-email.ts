import { useMutation } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type EmailChange = Schemas['EmailChangeIn']

/** Asks to change the address: a link goes to the new one, which changes it when opened. */
export async function changeEmail(body: EmailChange): Promise<void> {
  expectData(await api.POST('/api/auth/email', { body }))
}

export function useChangeEmail() {
  return useMutation({ mutationFn: changeEmail })
}
