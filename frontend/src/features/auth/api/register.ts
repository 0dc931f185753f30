import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { startSession } from './start-session'

export type RegisterInput = Schemas['RegisterIn']

export async function register(body: RegisterInput): Promise<Schemas['TokenOut']> {
  return expectData(await api.POST('/api/auth/register', { body }))
}

/** Creates the account and signs in with its first tokens. */
export function useRegister() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: register,
    onSuccess: (tokens) => startSession(queryClient, tokens),
  })
}
