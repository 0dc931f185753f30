import type { QueryClient } from '@tanstack/react-query'

import { currentUserQueryOptions } from '@/lib/auth/current-user'

/** Shows the new state at once, then reads the user again. */
export function markTwoFactor(queryClient: QueryClient, on: boolean): Promise<void> {
  const key = currentUserQueryOptions().queryKey
  queryClient.setQueryData(key, (user) => (user ? { ...user, two_factor: on } : user))
  return queryClient.invalidateQueries({ queryKey: key })
}
