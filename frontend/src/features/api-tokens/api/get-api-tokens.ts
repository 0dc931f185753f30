import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type ApiToken = Schemas['ApiTokenOut']
export type ApiTokenScope = ApiToken['scopes'][number]

/** Every API token query key starts here: invalidate `apiTokenKeys.all` after issuing or revoking one. */
export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  list: () => [...apiTokenKeys.all, 'list'] as const,
}

export async function getApiTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  return expectData(await api.GET('/api/auth/tokens', { signal })).items
}

/** The signed-in user's personal API tokens, newest first (never the tokens themselves). */
export const apiTokensQueryOptions = () =>
  queryOptions({
    queryKey: apiTokenKeys.list(),
    queryFn: ({ signal }) => getApiTokens(signal),
  })

export function useApiTokens() {
  return useQuery(apiTokensQueryOptions())
}
