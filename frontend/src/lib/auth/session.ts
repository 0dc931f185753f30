/**
 * The tokens of the signed-in user. Kept in localStorage so a reload (or another tab) keeps the session;
 * every tab sees sign-in, refresh and sign-out through the `storage` event.
 */
export interface Tokens {
  accessToken: string
  refreshToken: string
}

const KEY = 'taskforge.session'
type Listener = () => void
const listeners = new Set<Listener>()
let cached: Tokens | null | undefined
let cachedRaw: string | null = null

function read(): Tokens | null {
  const raw = localStorage.getItem(KEY)
  if (cached !== undefined && raw === cachedRaw) return cached
  cachedRaw = raw
  cached = null
  if (raw) {
    try {
      const parsed: unknown = JSON.parse(raw)
      if (
        typeof parsed === 'object' &&
        parsed !== null &&
        'accessToken' in parsed &&
        'refreshToken' in parsed &&
        typeof parsed.accessToken === 'string' &&
        typeof parsed.refreshToken === 'string'
      ) {
        cached = { accessToken: parsed.accessToken, refreshToken: parsed.refreshToken }
      }
    } catch {
      cached = null
    }
  }
  return cached
}

export function getTokens(): Tokens | null {
  return read()
}

export function setTokens(tokens: Tokens | null): void {
  if (tokens) localStorage.setItem(KEY, JSON.stringify(tokens))
  else localStorage.removeItem(KEY)
  for (const listener of listeners) listener()
}

export function subscribeTokens(listener: Listener): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}
