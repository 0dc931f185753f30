import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { securityKeys } from './get-sessions'

/** Signs out every session of the user but this one; resolves to how many were signed out. */
export async function revokeOtherSessions(): Promise<number> {
  return expectData(await api.POST('/api/auth/sessions/revoke-others')).revoked
}

export function useRevokeOtherSessions() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSettled: () => queryClient.invalidateQueries({ queryKey: securityKeys.all }),
  })
}
