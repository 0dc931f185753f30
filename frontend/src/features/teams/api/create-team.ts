import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { teamsKeys, type Team } from './get-teams'

/** POST /api/teams: the caller is its admin. Throws ApiError (422). */
export async function createTeam(body: Schemas['TeamCreate']): Promise<Team> {
  return expectData(
    await api.POST('/api/teams', { params: { header: { 'Idempotency-Key': crypto.randomUUID() } }, body }),
  )
}

export function useCreateTeam() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createTeam, onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKeys.all }) })
}
