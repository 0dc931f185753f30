import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { startSession } from './start-session'

export type LoginInput = Schemas['LoginIn']

export async function login(body: LoginInput): Promise<Schemas['TokenOut']> {
  return expectData(await api.POST('/api/auth/login', { body }))
}

/** Signs in; the tokens are kept for the next visit and `/me` is primed from the answer. */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (tokens) => startSession(queryClient, tokens),
  })
}
