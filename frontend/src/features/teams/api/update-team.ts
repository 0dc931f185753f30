import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { teamsKeys, type Team } from './get-teams'

export interface UpdateTeamInput {
  team: Pick<Team, 'id' | 'version'>
  body: Schemas['TeamUpdate']
}

/** Renames a team (its admins), with If-Match on the version shown. Throws ApiError (403, 412, 422). */
export async function updateTeam({ team, body }: UpdateTeamInput): Promise<Team> {
  return expectData(
    await api.PATCH('/api/teams/{team_id}', {
      params: { path: { team_id: team.id }, header: { 'If-Match': `"v${team.version}"` } },
      body,
    }),
  )
}

export function useUpdateTeam() {
  const queryClient = useQueryClient()
  // Every list naming the team (its grants on projects too).
  return useMutation({ mutationFn: updateTeam, onSettled: () => queryClient.invalidateQueries({ queryKey: teamsKeys.all }) })
}
