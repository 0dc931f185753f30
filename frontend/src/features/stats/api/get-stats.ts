import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type Stats = Schemas['StatsOut']

/** Every stats query key starts here. */
export const statsKeys = {
  all: ['stats'] as const,
}

export async function getStats(signal?: AbortSignal): Promise<Stats> {
  return expectData(await api.GET('/api/stats', { signal }))
}

export const statsQueryOptions = () =>
  queryOptions({ queryKey: statsKeys.all, queryFn: ({ signal }) => getStats(signal) })

export function useStats() {
  return useQuery(statsQueryOptions())
}
