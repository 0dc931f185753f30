import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import type { GrantRole, TeamGrant } from './get-project-teams'

export interface UpdateTeamGrantInput {
  projectId: number
  teamId: number
  role: GrantRole
}

/** Changes the role a team has on a project (the project's admins). Throws ApiError (403, 404). */
export async function updateTeamGrant({ projectId, teamId, role }: UpdateTeamGrantInput): Promise<TeamGrant> {
  return expectData(
    await api.PATCH('/api/projects/{project_id}/teams/{team_id}', {
      params: { path: { project_id: projectId, team_id: teamId } },
      body: { role },
    }),
  )
}

export function useUpdateTeamGrant() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: updateTeamGrant, onSettled: () => invalidateUserData(queryClient) })
}
