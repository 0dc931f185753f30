import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

export type Restored = Schemas['Restored']

/** Brings a task (with its subtasks, comments, tags, reminders) or a project (with its tasks) back. Throws ApiError (404, 403, 409). */
export async function restoreTrashItem(id: string): Promise<Restored> {
  return expectData(await api.POST('/api/trash/{item_id}/restore', { params: { path: { item_id: id } } }))
}

/** Restores an item; every list, count and feed of the user's is refetched, since it is back in all of them. */
export function useRestoreTrashItem() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: restoreTrashItem,
    onSettled: () => invalidateUserData(queryClient),
  })
}
