import { queryOptions, useQuery } from '@tanstack/react-query'

import { api } from '../api/client'
import { expectData } from '../api/problem'
import { browserTimeZone } from '../zoned-time'

/**
 * The signed-in user, for every feature (features cannot import each other); features/auth/api/get-me.ts is
 * this same query. The app layout keeps it loaded, so reading it costs no extra request.
 */
export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'] as const,
    queryFn: async ({ signal }) => expectData(await api.GET('/api/auth/me', { signal })),
    staleTime: 5 * 60_000,
  })

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions())
}

/** The user's IANA time zone, for showing instants in the user's days; the browser's until the user has loaded. */
export function useTimeZone(): string {
  return useCurrentUser().data?.timezone ?? browserTimeZone()
}
