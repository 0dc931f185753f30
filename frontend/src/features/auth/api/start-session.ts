import type { QueryClient } from '@tanstack/react-query'

import type { Schemas } from '@/lib/api/client'
import { setTokens } from '@/lib/auth/session'

import { meQueryOptions } from './get-me'

/**
 * Begins a session from the API's token answer (login or register): nothing of a previous user stays cached,
 * the tokens are kept for the next visit, and `/me` is primed from the answer.
 */
export function startSession(queryClient: QueryClient, answer: Schemas['TokenOut']): void {
  queryClient.clear()
  setTokens({ accessToken: answer.access_token, refreshToken: answer.refresh_token })
  queryClient.setQueryData(meQueryOptions().queryKey, answer.user)
}
