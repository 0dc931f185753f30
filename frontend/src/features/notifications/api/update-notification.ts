import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { notificationsKeys, type Notification } from './get-notifications'

export interface NotificationUpdateInput {
  id: number
  read: Schemas['NotificationUpdate']['read']
}

export async function updateNotification({ id, read }: NotificationUpdateInput): Promise<Notification> {
  return expectData(
    await api.PATCH('/api/notifications/{notification_id}', { params: { path: { notification_id: id } }, body: { read } }),
  )
}

/** Marks one notification read or unread again. */
export function useUpdateNotification() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateNotification,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKeys.all }),
  })
}
