import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { apiTokenKeys } from './get-api-tokens'

export type NewApiToken = Schemas['ApiTokenCreate']
export type IssuedApiToken = Schemas['ApiTokenCreated']

/** Issues a token; the answer carries the token itself, this once. */
export async function createApiToken(body: NewApiToken): Promise<IssuedApiToken> {
  return expectData(await api.POST('/api/auth/tokens', { body }))
}

export function useCreateApiToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createApiToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  })
}
