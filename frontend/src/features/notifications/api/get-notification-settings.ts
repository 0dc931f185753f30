import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type NotificationSettings = Schemas['NotificationSettings']
export type NotificationKind = keyof NotificationSettings
export type NotificationChannel = keyof Schemas['Channels']

export async function getNotificationSettings(signal?: AbortSignal): Promise<NotificationSettings> {
  return expectData(await api.GET('/api/auth/me/notification-settings', { signal }))
}

/** Which channels (in app, email, push) each kind of notification reaches the signed-in user on. */
export const notificationSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['notification-settings'] as const,
    queryFn: ({ signal }) => getNotificationSettings(signal),
  })

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions())
}
