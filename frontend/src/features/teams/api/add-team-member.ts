import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { peopleKeys } from '@/lib/projects/people-query'

import { teamsKeys } from './get-teams'
import type { TeamMember } from './get-team'

export interface AddTeamMemberInput {
  teamId: number
  body: Schemas['TeamMemberAdd']
}

/** Adds a person by username or email (the team's admins). Throws ApiError (403, 409 already in it, 422 no such account). */
export async function addTeamMember({ teamId, body }: AddTeamMemberInput): Promise<TeamMember> {
  return expectData(await api.POST('/api/teams/{team_id}/members', { params: { path: { team_id: teamId } }, body }))
}

export function useAddTeamMember() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addTeamMember,
    // The newcomer can now see the team's projects: their people (whom to assign, whom to mention) change too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamsKeys.all }),
        queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
      ]),
  })
}
