import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { trashKeys } from './get-trash'

/** Deletes for good everything in the trash the caller may purge. */
export async function emptyTrash(): Promise<void> {
  expectData(await api.DELETE('/api/trash'))
}

export function useEmptyTrash() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: emptyTrash,
    onSettled: () => queryClient.invalidateQueries({ queryKey: trashKeys.all }),
  })
}
