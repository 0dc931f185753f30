import { queryOptions, useQuery } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { pushKeys } from './get-push-subscriptions'

/** The server's VAPID public key (base64url), or null when push is off on the server (its 404). */
export async function getPushKey(signal?: AbortSignal): Promise<string | null> {
  const result = await api.GET('/api/push/key', { signal })
  if (result.response.status === 404) return null
  return expectData(result).public_key
}

export const pushKeyQueryOptions = () =>
  queryOptions({
    queryKey: pushKeys.key(),
    queryFn: ({ signal }) => getPushKey(signal),
    // A server's key changes only with its configuration.
    staleTime: 60 * 60_000,
  })

export function usePushKey() {
  return useQuery(pushKeyQueryOptions())
}
