import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { invalidateProjects } from './get-projects'
import type { Member } from './get-members'

export interface TransferProjectInput {
  projectId: number
  userId: number
}

/** Makes a direct member the owner (the owner only; they stay as an admin). Throws ApiError (403, 422 not a direct member). */
export async function transferProject({ projectId, userId }: TransferProjectInput): Promise<Member> {
  return expectData(
    await api.POST('/api/projects/{project_id}/transfer', {
      params: { path: { project_id: projectId } },
      body: { user_id: userId },
    }),
  )
}

export function useTransferProject() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: transferProject, onSettled: () => invalidateProjects(queryClient) })
}
