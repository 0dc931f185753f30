import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { invalidateProjects } from './get-projects'

export interface RemoveMemberInput {
  projectId: number
  userId: number
}

/** Removes a direct member (admins; never the owner). Throws ApiError (403, 404). */
export async function removeMember({ projectId, userId }: RemoveMemberInput): Promise<void> {
  expectData(
    await api.DELETE('/api/projects/{project_id}/members/{user_id}', {
      params: { path: { project_id: projectId, user_id: userId } },
    }),
  )
}

export function useRemoveMember() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: removeMember, onSettled: () => invalidateProjects(queryClient) })
}
