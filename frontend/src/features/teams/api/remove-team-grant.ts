import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

export interface RemoveTeamGrantInput {
  projectId: number
  teamId: number
}

/** Stops sharing a project with a team (the project's admins). Throws ApiError (403, 404). */
export async function removeTeamGrant({ projectId, teamId }: RemoveTeamGrantInput): Promise<void> {
  expectData(
    await api.DELETE('/api/projects/{project_id}/teams/{team_id}', {
      params: { path: { project_id: projectId, team_id: teamId } },
    }),
  )
}

export function useRemoveTeamGrant() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: removeTeamGrant, onSettled: () => invalidateUserData(queryClient) })
}
