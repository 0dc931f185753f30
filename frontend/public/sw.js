/*
 * TaskForge's service worker, registered only when someone turns on push in Settings (features/push).
 * It shows each Web Push message as a notification and, on a click, brings up its page. It handles no fetch
 * and keeps no cache: the web app works the same without it.
 *
 * A message is JSON from the server (backend/taskforge/push/payload.py):
 *   {id, kind, title, body, url, task_id, project_id}, url a path of the web app (/tasks/7, /projects/3, /settings).
 */
'use strict'

const FALLBACK = { id: null, title: 'TaskForge', body: 'You have a new notification.', url: '/' }

/** The message, or the fallback when it is missing or not JSON (a push must still show something). */
function readMessage(data) {
  if (!data) return FALLBACK
  try {
    const message = data.json()
    return message && typeof message === 'object' ? message : FALLBACK
  } catch {
    return FALLBACK
  }
}

/** The absolute URL of a page on this origin (a path, or a URL here); the app's start page for anything else. */
function pageUrl(value) {
  const origin = self.location.origin
  try {
    const url = new URL(value, origin)
    if (typeof value === 'string' && url.origin === origin) return url.href
  } catch {
    // Not a URL at all.
  }
  return new URL('/', origin).href
}

function showMessage(message) {
  const options = {
    body: typeof message.body === 'string' ? message.body : '',
    data: { url: pageUrl(message.url) },
  }
  // The same tag as the app's own alerts for this notification: a second one replaces the first.
  if (message.id !== null && message.id !== undefined) options.tag = `n${message.id}`
  return self.registration.showNotification(typeof message.title === 'string' ? message.title : 'TaskForge', options)
}

/** Focuses a TaskForge tab (one already there, else the focused one, else any) on `url`; opens one if none. */
async function openPage(url) {
  const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  const tab = tabs.find((client) => client.url === url) ?? tabs.find((client) => client.focused) ?? tabs[0]
  if (tab) {
    try {
      const focused = await tab.focus()
      if (focused.url === url) return focused
      // navigate() works only on a tab this worker controls: `activate` claims the open ones.
      const moved = await focused.navigate(url)
      if (moved) return moved
    } catch {
      // A tab not controlled (yet), or focus refused: a new window instead.
    }
  }
  return self.clients.openWindow(url)
}

// No cache to keep in step with an older version: a new worker takes over at once.
self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

self.addEventListener('push', (event) => {
  event.waitUntil(showMessage(readMessage(event.data)))
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const data = event.notification.data
  event.waitUntil(openPage(pageUrl(data ? data.url : null)))
})
