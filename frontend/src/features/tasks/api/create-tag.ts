import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { tagsKeys, type Tag } from './get-tags'

export type TagCreate = Schemas['TagCreate']

/** POST /api/tags; throws ApiError (409 when the name is taken, 422). */
export async function createTag(body: TagCreate): Promise<Tag> {
  return expectData(await api.POST('/api/tags', { body }))
}

export function useCreateTag() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createTag,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tagsKeys.all }),
  })
}
