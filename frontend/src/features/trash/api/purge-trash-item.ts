import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { trashKeys } from './get-trash'

/** Deletes one item of the trash for good. Throws ApiError (404, 403). */
export async function purgeTrashItem(id: string): Promise<void> {
  expectData(await api.DELETE('/api/trash/{item_id}', { params: { path: { item_id: id } } }))
}

export function usePurgeTrashItem() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: purgeTrashItem,
    onSettled: () => queryClient.invalidateQueries({ queryKey: trashKeys.all }),
  })
}
