import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { invalidateProjects } from './get-projects'
import type { Member } from './get-members'

export interface AddMemberInput {
  projectId: number
  body: Schemas['MemberAdd']
}

/** Shares the project with a person, by username or email (admins). Throws ApiError (403, 409 already a member, 422 no such account). */
export async function addMember({ projectId, body }: AddMemberInput): Promise<Member> {
  return expectData(
    await api.POST('/api/projects/{project_id}/members', { params: { path: { project_id: projectId } }, body }),
  )
}

export function useAddMember() {
  const queryClient = useQueryClient()
  // The member list and the project's member count.
  return useMutation({ mutationFn: addMember, onSuccess: () => invalidateProjects(queryClient) })
}
