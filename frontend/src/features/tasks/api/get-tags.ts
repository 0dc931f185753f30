import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type Tag = Schemas['TagOut']
export type TagList = Schemas['TagList']

/** Every tags query key starts here: invalidate `tagsKeys.all` after any tag (or tagged task) write. */
export const tagsKeys = { all: ['tags'] as const }

export async function getTags(signal?: AbortSignal): Promise<TagList> {
  return expectData(await api.GET('/api/tags', { signal }))
}

export const tagsQueryOptions = () =>
  queryOptions({ queryKey: tagsKeys.all, queryFn: ({ signal }) => getTags(signal), staleTime: 30_000 })

export function useTags() {
  return useQuery(tagsQueryOptions())
}
