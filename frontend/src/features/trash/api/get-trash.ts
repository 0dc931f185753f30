import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type TrashItem = Schemas['TrashItem']
export type TrashPage = Schemas['TrashPage']

const PER_PAGE = 50

/** Every trash query key starts here: invalidate `trashKeys.all` after a delete, a restore or a purge. */
export const trashKeys = {
  all: ['trash'] as const,
  list: () => [...trashKeys.all, 'list'] as const,
}

export async function getTrash(after: string | undefined, signal?: AbortSignal): Promise<TrashPage> {
  return expectData(await api.GET('/api/trash', { params: { query: { per_page: PER_PAGE, after } }, signal }))
}

/** Pages of what the caller may restore, newest deletion first. */
export const trashQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: trashKeys.list(),
    queryFn: ({ pageParam, signal }) => getTrash(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_after ?? undefined,
  })

export function useTrash() {
  return useInfiniteQuery(trashQueryOptions())
}
