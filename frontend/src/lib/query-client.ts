import { QueryClient } from '@tanstack/react-query'

import { isApiError } from './api/problem'
import { currentUserQueryOptions } from './auth/current-user'

/** Retries only what may succeed on a retry: no answer, 429, 5xx. Never a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false
  if (!isApiError(error)) return false
  return error.status === 0 || error.status === 429 || error.status >= 500
}

/** Waits what the server asked for (`Retry-After` on 429 and 503), else 1 s, 2 s, 4 s ... up to 30 s. */
export function retryDelay(failureCount: number, error: unknown): number {
  const asked = isApiError(error) ? error.retryAfter : null
  if (asked !== null) return Math.min(asked, 60) * 1000
  return Math.min(1000 * 2 ** failureCount, 30_000)
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay,
        // The fallback when the live stream is down: refetch what is on screen when the tab comes back.
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
      },
      mutations: { retry: false },
    },
  })
}

/**
 * Refetches everything derived from the user's data (tasks, tags, stats, notifications, history): every query
 * but the session's own. Features use it after writes that touch more than their own data, without knowing
 * other features' keys.
 */
export function invalidateUserData(queryClient: QueryClient): Promise<void> {
  const session = currentUserQueryOptions().queryKey[0]
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== session })
}
