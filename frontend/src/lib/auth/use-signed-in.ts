import { useSyncExternalStore } from 'react'

import { getTokens, subscribeTokens } from './session'

/** Whether this browser holds a session (tokens); follows sign-in and sign-out in every tab. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribeTokens, () => getTokens() !== null)
}
