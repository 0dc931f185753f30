import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import type { GrantRole, TeamGrant } from './get-project-teams'

export interface ShareWithTeamInput {
  projectId: number
  teamId: number
  role: GrantRole
}

/** Shares a project with a team the caller is in (the project's admins). Throws ApiError (403, 409 shared already, 422). */
export async function shareWithTeam({ projectId, teamId, role }: ShareWithTeamInput): Promise<TeamGrant> {
  return expectData(
    await api.POST('/api/projects/{project_id}/teams', {
      params: { path: { project_id: projectId } },
      body: { team_id: teamId, role },
    }),
  )
}

export function useShareWithTeam() {
  const queryClient = useQueryClient()
  // The grants, and the project's member count and members' roles.
  return useMutation({ mutationFn: shareWithTeam, onSettled: () => invalidateUserData(queryClient) })
}
