import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { getTokens, setTokens } from '@/lib/auth/session'

/** Revokes both tokens on the server, then forgets them here, whatever the server answered. */
export async function logout(): Promise<void> {
  const tokens = getTokens()
  try {
    if (tokens) await api.POST('/api/auth/logout', { body: { refresh_token: tokens.refreshToken } })
  } finally {
    setTokens(null)
  }
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logout,
    onSettled: () => queryClient.clear(),
  })
}
