import { MutationCache, QueryClient } from '@tanstack/react-query'

import { isApiError } from './api/problem'
import { isReachable, subscribeReachability } from './api/reachability'
import { currentUserQueryOptions } from './auth/current-user'
import { refuseWritesOffline, trackBrowserOnline } from './online'

/** The one automatic retry of a failed read waits this long: a blip is bridged, a real failure shows at once. */
export const RETRY_DELAY_MS = 500
/** A server asking to wait longer than this (`Retry-After`) gets no automatic retry: the error and its Retry show. */
const LONGEST_WAIT_MS = 1000

/**
 * Retries a read once, and only what may succeed on a retry: no answer, 429, 5xx; never a 4xx answer. So a failed
 * load shows its error (and its Retry button) within about a second, instead of after three backed-off retries.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1 || !isApiError(error)) return false
  if (error.status !== 0 && error.status !== 429 && error.status < 500) return false
  const asked = error.retryAfter
  return asked === null || asked * 1000 <= LONGEST_WAIT_MS
}

/** Waits what the server asked for (`Retry-After` on 429 and 503, at most a second), else half a second. */
export function retryDelay(_failureCount: number, error: unknown): number {
  const asked = isApiError(error) ? error.retryAfter : null
  return asked !== null ? Math.min(asked * 1000, LONGEST_WAIT_MS) : RETRY_DELAY_MS
}

/** Once the API answers again (after no answer, 502, 503, 504), the reads that failed meanwhile load by themselves. */
function refetchFailedWhenReachable(queryClient: QueryClient): void {
  subscribeReachability(() => {
    if (!isReachable()) return
    void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' })
  })
}

export function createQueryClient(): QueryClient {
  trackBrowserOnline()
  const queryClient = new QueryClient({
    // Offline, every write fails at once with words that say why, before anything is sent or queued: the copy
    // of the lists shown offline is read-only.
    mutationCache: new MutationCache({ onMutate: refuseWritesOffline }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay,
        // The fallback when the live stream is down: refetch what is on screen when the tab comes back.
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
      },
      // Never paused to replay later: offline, refuseWritesOffline refuses them at once (or lets signing out run).
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  refetchFailedWhenReachable(queryClient)
  return queryClient
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
