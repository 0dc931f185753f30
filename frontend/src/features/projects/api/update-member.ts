import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { invalidateProjects } from './get-projects'
import type { Member, MemberRole } from './get-members'

export interface UpdateMemberInput {
  projectId: number
  userId: number
  role: MemberRole
}

/** Gives a direct member another role (admins; never the owner). Throws ApiError (403, 404). */
export async function updateMember({ projectId, userId, role }: UpdateMemberInput): Promise<Member> {
  return expectData(
    await api.PATCH('/api/projects/{project_id}/members/{user_id}', {
      params: { path: { project_id: projectId, user_id: userId } },
      body: { role },
    }),
  )
}

export function useUpdateMember() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updateMember, onSettled: () => invalidateProjects(queryClient) })
}
