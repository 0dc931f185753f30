import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { linksQueryOptions } from './get-links'

export interface RevokeLinkInput {
  projectId: number
  linkId: number
}

/** Revokes a read-only link (admins): its address answers 404 from now on. Throws ApiError (403, 404). */
export async function revokeLink({ projectId, linkId }: RevokeLinkInput): Promise<void> {
  expectData(
    await api.DELETE('/api/projects/{project_id}/links/{link_id}', {
      params: { path: { project_id: projectId, link_id: linkId } },
    }),
  )
}

export function useRevokeLink() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeLink,
    onSettled: (_data, _error, { projectId }) =>
      queryClient.invalidateQueries({ queryKey: linksQueryOptions(projectId).queryKey }),
  })
}
