import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { teamsKeys } from './get-teams'

export type TeamDetail = Schemas['TeamDetail']
export type TeamMember = Schemas['TeamMemberOut']

export const teamKeys = {
  all: [...teamsKeys.all, 'detail'] as const,
  of: (teamId: number) => [...teamKeys.all, teamId] as const,
}

/** A team with its members, admins first. Throws ApiError (404 when the caller is not in it). */
export async function getTeam(teamId: number, signal?: AbortSignal): Promise<TeamDetail> {
  return expectData(await api.GET('/api/teams/{team_id}', { params: { path: { team_id: teamId } }, signal }))
}

export const teamQueryOptions = (teamId: number) =>
  queryOptions({ queryKey: teamKeys.of(teamId), queryFn: ({ signal }) => getTeam(teamId, signal) })

export function useTeam(teamId: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...teamQueryOptions(teamId), enabled })
}
