import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

import { useSignedIn } from '@/lib/auth/use-signed-in'

import { startLiveStream } from './live-stream'

/**
 * Keeps what is on screen current: follows the user's change stream while signed in and refetches the queries a
 * change touches (everything but the session's own). While the stream is down, what is on screen is refetched
 * every 30 s and whenever the tab regains focus.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient()
  const signedIn = useSignedIn()
  useEffect(() => {
    if (!signedIn) return
    return startLiveStream(queryClient)
  }, [signedIn, queryClient])
}
