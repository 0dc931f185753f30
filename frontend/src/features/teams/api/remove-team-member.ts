import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

export interface RemoveTeamMemberInput {
  teamId: number
  userId: number
}

/** Removes a member (the team's admins), or the caller leaves (their own id). Throws ApiError (403, 409 the last admin). */
export async function removeTeamMember({ teamId, userId }: RemoveTeamMemberInput): Promise<void> {
  expectData(
    await api.DELETE('/api/teams/{team_id}/members/{user_id}', { params: { path: { team_id: teamId, user_id: userId } } }),
  )
}

export function useRemoveTeamMember() {
  const queryClient = useQueryClient()
  // Leaving a team can take its projects out of the caller's lists.
  return useMutation({ mutationFn: removeTeamMember, onSettled: () => invalidateUserData(queryClient) })
}
