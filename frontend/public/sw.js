/*
 * TaskForge's service worker, registered by every production build at start (src/lib/app-shell.ts) and by
 * Settings when someone turns on push (features/push). It
 * - keeps the app shell (index.html and every file of the build) in a cache made at install, one per build, so
 *   the app opens offline; pages are asked of the network first, the cached index.html only when it fails;
 *   /api is never touched (the app keeps its own copy of the task lists: src/app/provider.tsx);
 * - shows each Web Push message as a notification and, on a click, brings up its page.
 *
 * A message is JSON from the server (backend/taskforge/push/payload.py):
 *   {id, kind, title, body, url, task_id, project_id}, url a path of the web app (/tasks/7, /projects/3, /settings).
 */
'use strict'

// The build writes its files here (vite.config.ts, scripts/app-shell-plugin.ts): a version that changes with
// any file's bytes, and the paths to cache. As written here (the dev server), no app shell is kept.
const SHELL = { version: 'dev', files: [] }
const SHELL_PREFIX = 'taskforge-shell-'
const SHELL_CACHE = SHELL_PREFIX + SHELL.version
const SHELL_PAGE = '/index.html'

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

/** Caches this build's files; a file that does not load fails the install (the previous worker stays). */
async function cacheShell() {
  if (SHELL.files.length === 0) return
  const cache = await self.caches.open(SHELL_CACHE)
  await cache.addAll(SHELL.files)
}

/** Drops the shells of earlier builds: their hashed files are gone from the server too. */
async function dropOldShells() {
  const names = await self.caches.keys()
  await Promise.all(
    names.filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE).map((name) => self.caches.delete(name)),
  )
}

/** A page: the network's answer when there is one, else the cached index.html (the app then shows its copy). */
async function networkFirstPage(request) {
  try {
    return await self.fetch(request)
  } catch (error) {
    const page = await self.caches.match(SHELL_PAGE, { cacheName: SHELL_CACHE })
    if (page) return page
    throw error
  }
}

/** A file of this build: its bytes never change under its name, so the cached copy is the answer. */
async function cachedFile(request) {
  return (await self.caches.match(request, { cacheName: SHELL_CACHE })) ?? self.fetch(request)
}

/** What this worker answers: GETs on this origin, never the API; pages, and the build's own files. */
function handlerFor(request) {
  if (request.method !== 'GET' || SHELL.files.length === 0) return null
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || url.pathname === '/api' || url.pathname.startsWith('/api/')) return null
  if (request.mode === 'navigate') return networkFirstPage
  return SHELL.files.includes(url.pathname) ? cachedFile : null
}

// A new build's worker takes over at once: its shell is complete before it does, and the old one's files are
// gone from the server anyway.
self.addEventListener('install', (event) => event.waitUntil(cacheShell().then(() => self.skipWaiting())))
self.addEventListener('activate', (event) => event.waitUntil(dropOldShells().then(() => self.clients.claim())))

self.addEventListener('fetch', (event) => {
  const handler = handlerFor(event.request)
  if (handler) event.respondWith(handler(event.request))
})

self.addEventListener('push', (event) => {
  event.waitUntil(showMessage(readMessage(event.data)))
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const data = event.notification.data
  event.waitUntil(openPage(pageUrl(data ? data.url : null)))
})
