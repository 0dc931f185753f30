/**
 * Registers the service worker (public/sw.js) in production builds, so the app shell is cached and the app
 * opens offline; the dev server serves no build to cache. Push (features/push) registers the same worker.
 */
export const SERVICE_WORKER_URL = '/sw.js'

export function registerAppShell(): void {
  if (!import.meta.env.PROD || !window.isSecureContext || !('serviceWorker' in navigator)) return
  // After the page's own loading: the install downloads every file of the build.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => {
      // No offline shell (a private window, storage refused): the app works the same online.
    })
  })
}
