/**
 * Whether the browser is online, as TanStack Query's onlineManager sees it (it follows the `online` and `offline`
 * events; `trackBrowserOnline` gives it the browser's state at start, which it does not read itself). Offline,
 * reads wait and show what the app kept (src/app/provider.tsx), and writes are refused (`refuseWritesOffline`,
 * lib/query-client.ts): the controls that start them use `useOnline` to say so before anyone tries.
 */
import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

import { OfflineError } from './api/problem'

export function trackBrowserOnline(): void {
  onlineManager.setOnline(navigator.onLine)
}

export function isOnline(): boolean {
  return onlineManager.isOnline()
}

/**
 * Throws an OfflineError while offline: the one guard every write passes (the mutation cache's onMutate). A
 * mutation with `meta: { allowOffline: true }` passes anyway: signing out must work offline too.
 */
export function refuseWritesOffline(_variables: unknown, mutation: { meta?: Record<string, unknown> | undefined }): void {
  if (!isOnline() && mutation.meta?.allowOffline !== true) throw new OfflineError()
}

const subscribe = (listener: () => void) => onlineManager.subscribe(listener)

/** True while the browser is online; re-renders when that changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline)
}
