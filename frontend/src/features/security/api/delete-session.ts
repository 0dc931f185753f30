import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { setTokens } from '@/lib/auth/session'

import { securityKeys, type SignedInSession } from './get-sessions'

/** Signs a session out on the server; one already gone (404) counts as done. */
export async function deleteSession(id: number): Promise<void> {
  const result = await api.DELETE('/api/auth/sessions/{session_id}', { params: { path: { session_id: id } } })
  if (result.response.status === 404) return
  expectData(result)
}

/** Signs one of the user's sessions out; signing out this one forgets its tokens here too (back to sign-in). */
export function useDeleteSession() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (session: SignedInSession) => deleteSession(session.id),
    onSuccess: (_nothing, session) => {
      if (session.current) {
        setTokens(null)
        queryClient.clear()
      }
    },
    onSettled: (_nothing, _error, session) => {
      if (!session.current) void queryClient.invalidateQueries({ queryKey: securityKeys.all })
    },
  })
}
