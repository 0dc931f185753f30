import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type Team = Schemas['TeamOut']
export type TeamRole = Team['role']

/** Every teams query key starts here (the caller's teams, one team, a project's team grants). */
export const teamsKeys = {
  all: ['teams'] as const,
  list: () => [...teamsKeys.all, 'list'] as const,
}

/** The caller's teams, by name, each with the caller's role in it. */
export async function getTeams(signal?: AbortSignal): Promise<Team[]> {
  return expectData(await api.GET('/api/teams', { signal })).items
}

export const teamsQueryOptions = () =>
  queryOptions({ queryKey: teamsKeys.list(), queryFn: ({ signal }) => getTeams(signal) })

export function useTeams() {
  return useQuery(teamsQueryOptions())
}
