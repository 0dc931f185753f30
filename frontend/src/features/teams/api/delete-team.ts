import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

/** Deletes a team (its admins): its members keep only the access they hold otherwise. Throws ApiError (403). */
export async function deleteTeam(teamId: number): Promise<void> {
  expectData(await api.DELETE('/api/teams/{team_id}', { params: { path: { team_id: teamId } } }))
}

export function useDeleteTeam() {
  const queryClient = useQueryClient()
  // The projects it gave access to may be gone from the caller's lists.
  return useMutation({ mutationFn: deleteTeam, onSettled: () => invalidateUserData(queryClient) })
}
