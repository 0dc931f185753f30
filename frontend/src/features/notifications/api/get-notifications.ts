import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import type { paths } from '@/lib/api/schema'

export type Notification = Schemas['NotificationOut']
export type NotificationPage = Schemas['NotificationPage']
/** `unread`: true for only unread ones, false for only read ones. */
export type NotificationFilter = Pick<NonNullable<paths['/api/notifications']['get']['parameters']['query']>, 'unread'>

const PER_PAGE = 20

/** Every notifications query key starts here: invalidate `notificationsKeys.all` after any notification write. */
export const notificationsKeys = {
  all: ['notifications'] as const,
  list: (filter: NotificationFilter) => [...notificationsKeys.all, 'list', filter] as const,
}

export async function getNotifications(
  filter: NotificationFilter,
  after: number | undefined,
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return expectData(
    await api.GET('/api/notifications', { params: { query: { ...filter, per_page: PER_PAGE, after } }, signal }),
  )
}

/** Pages of notifications, newest first; each page also carries the unread count. */
export const notificationsQueryOptions = (filter: NotificationFilter = {}) =>
  infiniteQueryOptions({
    queryKey: notificationsKeys.list(filter),
    queryFn: ({ pageParam, signal }) => getNotifications(filter, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.next_after ?? undefined,
    // Reminders come due by the clock: look now and then even while the live stream is down.
    refetchInterval: 60_000,
  })

export function useNotifications(filter: NotificationFilter = {}, { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...notificationsQueryOptions(filter), enabled })
}
