import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import type { paths } from '@/lib/api/schema'
import type { AuditPage } from '@/lib/audit/describe-changes'

export type AuditFilter = Pick<NonNullable<paths['/api/audit']['get']['parameters']['query']>, 'action' | 'task_id'>

const PER_PAGE = 50
/** What just happened comes first; each `after` then continues with older events. */
const ORDER = 'desc'

/** Every audit query key starts here. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
}

export async function getAudit(filter: AuditFilter, after: number | undefined, signal?: AbortSignal): Promise<AuditPage> {
  return expectData(await api.GET('/api/audit', { params: { query: { ...filter, order: ORDER, per_page: PER_PAGE, after } }, signal }))
}

/** The history of changes to the user's tasks, newest first, page after page. */
export const auditQueryOptions = (filter: AuditFilter = {}) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam, signal }) => getAudit(filter, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.next_after ?? undefined,
  })

export function useAudit(filter: AuditFilter = {}) {
  return useInfiniteQuery(auditQueryOptions(filter))
}
