import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { tagsKeys } from './get-tags'
import { tasksKeys } from './get-tasks'

/** DELETE /api/tags/{id}: the tag leaves every task that carried it; throws ApiError (404). */
export async function deleteTag(id: number): Promise<void> {
  expectData(await api.DELETE('/api/tags/{tag_id}', { params: { path: { tag_id: id } } }))
}

export function useDeleteTag() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteTag,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tagsKeys.all }),
        queryClient.invalidateQueries({ queryKey: tasksKeys.all }),
      ]),
  })
}
