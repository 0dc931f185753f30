import { QueryClient } from '@tanstack/react-query'

import { isApiError } from './api/problem'

/** Retries only what may succeed on a retry: no answer, 429, 5xx. Never a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false
  if (!isApiError(error)) return false
  return error.status === 0 || error.status === 429 || error.status >= 500
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        // The fallback when the live stream is down: refetch what is on screen when the tab comes back.
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
      },
      mutations: { retry: false },
    },
  })
}
