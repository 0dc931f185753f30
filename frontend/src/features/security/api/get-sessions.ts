import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type SignedInSession = Schemas['SessionOut']

/** Every security query key starts here: invalidate `securityKeys.all` after signing a session out. */
export const securityKeys = {
  all: ['security'] as const,
  sessions: () => [...securityKeys.all, 'sessions'] as const,
}

export async function getSessions(signal?: AbortSignal): Promise<SignedInSession[]> {
  return expectData(await api.GET('/api/auth/sessions', { signal })).items
}

/** The user's signed-in sessions (devices), most recently used first; `current` marks this one. */
export const sessionsQueryOptions = () =>
  queryOptions({
    queryKey: securityKeys.sessions(),
    queryFn: ({ signal }) => getSessions(signal),
  })

export function useSessions() {
  return useQuery(sessionsQueryOptions())
}
