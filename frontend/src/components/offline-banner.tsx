import { useSyncExternalStore } from 'react'

import { isReachable, subscribeReachability } from '@/lib/api/reachability'
import { useOnline } from '@/lib/online'

/** Says so when the browser is offline or the API does not answer; clears itself when it answers again. */
export function OfflineBanner() {
  const online = useOnline()
  const reachable = useSyncExternalStore(subscribeReachability, isReachable)
  if (online && reachable) return null
  return (
    <div className="alert alert-warning rounded-0 mb-0 text-center py-2" role="status">
      {online
        ? 'TaskForge is not answering right now. Your changes will not be saved until it is back; retrying…'
        : 'You are offline: showing saved tasks, changes are disabled.'}
    </div>
  )
}
