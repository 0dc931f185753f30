import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { linksQueryOptions } from './get-links'

export type CreatedLink = Schemas['LinkCreated']

/** A new read-only link (admins); its `url` holds the secret, shown this once. Throws ApiError (403, 409 Inbox). */
export async function createLink(projectId: number): Promise<CreatedLink> {
  return expectData(await api.POST('/api/projects/{project_id}/links', { params: { path: { project_id: projectId } } }))
}

export function useCreateLink() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createLink,
    onSuccess: (_link, projectId) => queryClient.invalidateQueries({ queryKey: linksQueryOptions(projectId).queryKey }),
  })
}
