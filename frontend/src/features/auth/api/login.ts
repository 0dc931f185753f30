import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { startSession } from './start-session'

export type LoginInput = Schemas['LoginIn']
/** The right password of an account with two-factor on: a code is asked for next (features/two-factor). */
export type TwoFactorChallenge = Schemas['TwoFactorChallengeOut']
export type LoginAnswer = Schemas['TokenOut'] | TwoFactorChallenge

export const needsSecondStep = (answer: LoginAnswer): answer is TwoFactorChallenge => 'two_factor_required' in answer

export async function login(body: LoginInput): Promise<LoginAnswer> {
  return expectData(await api.POST('/api/auth/login', { body }))
}

/** Signs in; the tokens are kept for the next visit and `/me` is primed from the answer (unless a code is due). */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (answer) => {
      if (!needsSecondStep(answer)) startSession(queryClient, answer)
    },
  })
}
