import { QueryClient } from '@tanstack/react-query'
import { persistQueryClientRestore, persistQueryClientSave } from '@tanstack/react-query-persist-client'

import { setTokens } from './auth/session'
import {
  keepOfflineCopy,
  OFFLINE_COPY_KEY,
  OFFLINE_COPY_MAX_AGE_MS,
  offlineCopyOptions,
  removeOfflineCopyOnSignOut,
  sessionSubject,
} from './offline-copy'

/** A token whose payload says `sub` (the client never checks the signature: the server does). */
const tokenFor = (sub: string) => `h.${btoa(JSON.stringify({ sub, type: 'refresh' })).replace(/=+$/, '')}.s`
const signIn = (sub: string) => setTokens({ accessToken: 'a', refreshToken: tokenFor(sub) })

const LIST_KEY = ['tasks', 'list', { view: 'today' }]

function clientWithData() {
  const client = keepOfflineCopy(new QueryClient())
  client.setQueryData(LIST_KEY, { items: [{ id: 1, title: 'Buy milk' }], total: 1 })
  client.setQueryData(['auth', 'me'], { id: 7, username: 'ada' })
  client.setQueryData(['stats', 'summary'], { pending: 3 })
  client.setQueryData(['notifications', 'list'], { items: [] })
  return client
}

/** Saves the client as the app does, at once (the app's saves are throttled to one a second). */
async function save(client: QueryClient) {
  const options = offlineCopyOptions()
  await persistQueryClientSave({ ...options, queryClient: client })
  await vi.waitFor(() => expect(localStorage.getItem(OFFLINE_COPY_KEY)).not.toBeNull())
}

async function restore() {
  const client = keepOfflineCopy(new QueryClient())
  await persistQueryClientRestore({ ...offlineCopyOptions(), queryClient: client })
  return client
}

describe('the offline copy of the lists', () => {
  it('reads the user from the session', () => {
    expect(sessionSubject({ accessToken: 'a', refreshToken: tokenFor('7') })).toBe('7')
    expect(sessionSubject({ accessToken: 'a', refreshToken: 'not-a-jwt' })).toBeNull()
    expect(sessionSubject(null)).toBeNull()
  })

  it('keeps the task lists and the user, and nothing else, for the same user', async () => {
    signIn('7')
    await save(clientWithData())
    const restored = await restore()
    expect(restored.getQueryData(LIST_KEY)).toEqual({ items: [{ id: 1, title: 'Buy milk' }], total: 1 })
    expect(restored.getQueryData(['auth', 'me'])).toEqual({ id: 7, username: 'ada' })
    expect(restored.getQueryData(['stats', 'summary'])).toBeUndefined()
    expect(restored.getQueryData(['notifications', 'list'])).toBeUndefined()
    expect(restored.getQueryCache().find({ queryKey: LIST_KEY })?.gcTime).toBe(OFFLINE_COPY_MAX_AGE_MS)
  })

  it('never gives one user another’s copy', async () => {
    signIn('7')
    await save(clientWithData())
    signIn('8')
    const restored = await restore()
    expect(restored.getQueryData(LIST_KEY)).toBeUndefined()
    expect(localStorage.getItem(OFFLINE_COPY_KEY)).toBeNull()
  })

  it('is removed when the session ends, and not written again by a late save', async () => {
    const stop = removeOfflineCopyOnSignOut()
    signIn('7')
    const client = clientWithData()
    await save(client)
    setTokens(null)
    expect(localStorage.getItem(OFFLINE_COPY_KEY)).toBeNull()
    vi.useFakeTimers()
    try {
      await persistQueryClientSave({ ...offlineCopyOptions(), queryClient: client })
      await vi.advanceTimersByTimeAsync(5000)
    } finally {
      vi.useRealTimers()
    }
    expect(localStorage.getItem(OFFLINE_COPY_KEY)).toBeNull()
    stop()
  })
})
