import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, refreshTokens } from '@/lib/api/client'
import { getTokens, setTokens, type Tokens } from '@/lib/auth/session'

function revoke(tokens: Tokens) {
  return api.POST('/api/auth/logout', {
    headers: { Authorization: `Bearer ${tokens.accessToken}` },
    body: { refresh_token: tokens.refreshToken },
  })
}

/**
 * Revokes both tokens on the server, then forgets them here, whatever the server answered. When the access
 * token has expired, the pair is refreshed first and the NEW refresh token is the one revoked (revoking the old,
 * already rotated one would leave the new one valid for days).
 */
export async function logout(): Promise<void> {
  const tokens = getTokens()
  try {
    if (!tokens) return
    const { response } = await revoke(tokens)
    if (response.status === 401) {
      const fresh = await refreshTokens(tokens.accessToken)
      if (fresh) await revoke(fresh)
    }
  } finally {
    setTokens(null)
  }
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logout,
    // Offline too: the tokens are forgotten here whatever the server could be told (lib/online.ts).
    meta: { allowOffline: true },
    onSettled: () => queryClient.clear(),
  })
}
