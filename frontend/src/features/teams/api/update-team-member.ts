import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { teamsKeys, type TeamRole } from './get-teams'
import type { TeamMember } from './get-team'

export interface UpdateTeamMemberInput {
  teamId: number
  userId: number
  role: TeamRole
}

/** Makes a member an admin or a plain member (the team's admins). Throws ApiError (403, 409 the last admin). */
export async function updateTeamMember({ teamId, userId, role }: UpdateTeamMemberInput): Promise<TeamMember> {
  return expectData(
    await api.PATCH('/api/teams/{team_id}/members/{user_id}', {
      params: { path: { team_id: teamId, user_id: userId } },
      body: { role },
    }),
  )
}

export function useUpdateTeamMember() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updateTeamMember, onSettled: () => queryClient.invalidateQueries({ queryKey: teamsKeys.all }) })
}
