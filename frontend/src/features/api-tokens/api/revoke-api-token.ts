import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { apiTokenKeys } from './get-api-tokens'

/** Revokes a token: it stops working at once. One already gone (404) counts as done. */
export async function revokeApiToken(id: number): Promise<void> {
  const result = await api.DELETE('/api/auth/tokens/{token_id}', { params: { path: { token_id: id } } })
  if (result.response.status === 404) return
  expectData(result)
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeApiToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  })
}
