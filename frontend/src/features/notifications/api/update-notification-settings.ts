import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import {
  notificationSettingsQueryOptions,
  type NotificationChannel,
  type NotificationKind,
  type NotificationSettings,
} from './get-notification-settings'

export interface ChannelChange {
  kind: NotificationKind
  channel: NotificationChannel
  on: boolean
}

export async function updateNotificationSettings(body: Schemas['NotificationSettingsUpdate']): Promise<NotificationSettings> {
  return expectData(await api.PATCH('/api/auth/me/notification-settings', { body }))
}

function applyChange(settings: NotificationSettings, { kind, channel, on }: ChannelChange): NotificationSettings {
  return { ...settings, [kind]: { ...settings[kind], [channel]: on } }
}

/**
 * Turns one channel of one kind on or off. Optimistic: the checkbox changes at once and changes back if the
 * API refuses. Only the changed channel is sent (the API leaves the others as they are).
 */
export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient()
  const { queryKey } = notificationSettingsQueryOptions()
  const mutationKey = [...queryKey, 'update']
  const apply = (change: ChannelChange) =>
    queryClient.setQueryData(queryKey, (settings) => settings && applyChange(settings, change))
  return useMutation({
    mutationKey,
    mutationFn: ({ kind, channel, on }: ChannelChange) => updateNotificationSettings({ [kind]: { [channel]: on } }),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey })
      apply(change)
    },
    // Undo just this change (not a snapshot): other boxes clicked meanwhile keep theirs.
    onError: (_error, change) => apply({ ...change, on: !change.on }),
    // The server's word once the last of several quick clicks has settled, not in between (it would flicker).
    onSettled: () =>
      queryClient.isMutating({ mutationKey }) === 1 ? queryClient.invalidateQueries({ queryKey }) : undefined,
  })
}
