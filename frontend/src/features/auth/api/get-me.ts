import { useQuery } from '@tanstack/react-query'

import type { Schemas } from '@/lib/api/client'
import { currentUserQueryOptions } from '@/lib/auth/current-user'

export type User = Schemas['UserOut']

/** The signed-in user: the same cache entry every feature reads through `useCurrentUser` (src/lib/auth). */
export const meQueryOptions = currentUserQueryOptions

export function useMe({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...meQueryOptions(), enabled })
}
