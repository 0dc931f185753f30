import { useSyncExternalStore } from 'react'

/** The browser's notification permission, or 'unsupported' where there is no Notification API. */
export type BrowserPermission = NotificationPermission | 'unsupported'

const listeners = new Set<() => void>()

export const notificationsSupported = (): boolean => typeof window !== 'undefined' && 'Notification' in window

export function browserPermission(): BrowserPermission {
  return notificationsSupported() ? Notification.permission : 'unsupported'
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // The user may change it in the site settings: the Permissions API tells; focus covers browsers without it.
  let status: PermissionStatus | null = null
  let closed = false
  if ('permissions' in navigator) {
    navigator.permissions
      .query({ name: 'notifications' })
      .then((result) => {
        if (closed) return
        status = result
        result.addEventListener('change', listener)
      })
      .catch(() => undefined)
  }
  window.addEventListener('focus', listener)
  return () => {
    closed = true
    listeners.delete(listener)
    status?.removeEventListener('change', listener)
    window.removeEventListener('focus', listener)
  }
}

/** Asks the browser for permission: call it only from a click (browsers and people dislike prompts on load). */
export async function requestBrowserPermission(): Promise<BrowserPermission> {
  if (!notificationsSupported()) return 'unsupported'
  const result = await Notification.requestPermission()
  for (const listener of listeners) listener()
  return result
}

export function useBrowserPermission(): BrowserPermission {
  return useSyncExternalStore(subscribe, browserPermission, () => 'unsupported')
}
