import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { tagsKeys, type Tag } from './get-tags'
import { tasksKeys } from './get-tasks'

export type TagUpdate = Schemas['TagUpdate']

/** PATCH /api/tags/{id}; throws ApiError (409 when the new name is taken, 404, 422). */
export async function updateTag({ id, body }: { id: number; body: TagUpdate }): Promise<Tag> {
  return expectData(await api.PATCH('/api/tags/{tag_id}', { params: { path: { tag_id: id } }, body }))
}

export function useUpdateTag() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateTag,
    // A new name shows on every task that carries the tag.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tagsKeys.all }),
        queryClient.invalidateQueries({ queryKey: tasksKeys.all }),
      ]),
  })
}
