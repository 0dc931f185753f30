/**
 * The copy of the signed-in user's lists kept in this browser, so the app opens offline and shows them
 * read-only (lib/online.ts). Only what the task lists need is kept (tasks, projects, sections, tags, the user),
 * under one key, stamped with the user it belongs to: another user's copy is never restored, and signing out
 * (in this tab or another) removes it.
 */
import type { Query, QueryClient } from '@tanstack/react-query'
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister'
import { removeOldestQuery, type PersistQueryClientOptions } from '@tanstack/react-query-persist-client'

import { getTokens, subscribeTokens, type Tokens } from './auth/session'

export const OFFLINE_COPY_KEY = 'taskforge.offline-copy'
/** How long a copy is good for: older ones are dropped at start, and kept queries stay in memory that long. */
export const OFFLINE_COPY_MAX_AGE_MS = 7 * 24 * 3600 * 1000
const KEPT = new Set(['tasks', 'projects', 'sections', 'tags'])
const SIGNED_OUT = 'signed-out'

/** The user a session belongs to: the `sub` claim of its refresh token (a user id); null without a session. */
export function sessionSubject(tokens: Tokens | null = getTokens()): string | null {
  const payload = tokens?.refreshToken.split('.')[1]
  if (!payload) return null
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')))
    const sub = typeof claims === 'object' && claims !== null && 'sub' in claims ? claims.sub : null
    return typeof sub === 'string' || typeof sub === 'number' ? String(sub) : null
  } catch {
    return null
  }
}

/** Whether a query belongs in the copy: a loaded task list, task, project, section or tag list, or the user. */
export function isKeptOffline(query: Query): boolean {
  const [head, second] = query.queryKey
  const kept = (typeof head === 'string' && KEPT.has(head)) || (head === 'auth' && second === 'me')
  return kept && query.state.status === 'success'
}

// Writes only while someone is signed in: a save throttled from before a sign-out must not bring the copy back.
const signedInStorage = {
  getItem: (key: string) => localStorage.getItem(key),
  setItem: (key: string, value: string) => {
    if (sessionSubject() !== null) localStorage.setItem(key, value)
  },
  removeItem: (key: string) => localStorage.removeItem(key),
}

export function removeOfflineCopy(): void {
  localStorage.removeItem(OFFLINE_COPY_KEY)
}

/** The persist options for PersistQueryClientProvider, for the user signed in now. */
export function offlineCopyOptions(): Omit<PersistQueryClientOptions, 'queryClient'> {
  const base = createAsyncStoragePersister({
    storage: signedInStorage,
    key: OFFLINE_COPY_KEY,
    throttleTime: 1000,
    // Over the storage quota: drop the oldest query and try again.
    retry: removeOldestQuery,
  })
  return {
    persister: {
      // Stamped with the user signed in when it is saved (someone may sign in after the app started).
      persistClient: (client) => base.persistClient({ ...client, buster: sessionSubject() ?? SIGNED_OUT }),
      restoreClient: () => base.restoreClient(),
      removeClient: () => base.removeClient(),
    },
    buster: sessionSubject() ?? SIGNED_OUT,
    maxAge: OFFLINE_COPY_MAX_AGE_MS,
    dehydrateOptions: { shouldDehydrateQuery: isKeptOffline },
  }
}

/** Keeps the kept queries in memory as long as the copy lasts (before any is built or restored). */
export function keepOfflineCopy(queryClient: QueryClient): QueryClient {
  for (const head of [...KEPT, 'auth']) queryClient.setQueryDefaults([head], { gcTime: OFFLINE_COPY_MAX_AGE_MS })
  return queryClient
}

/** Removes the copy whenever the session ends (sign-out here or in another tab, a refused refresh). */
export function removeOfflineCopyOnSignOut(): () => void {
  return subscribeTokens(() => {
    if (sessionSubject() === null) removeOfflineCopy()
  })
}
