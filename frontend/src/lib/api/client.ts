/**
 * The one API client: openapi-fetch typed by the generated schema, over a fetch that
 * - sends the access token,
 * - on a 401 refreshes the tokens once (one refresh at a time across tabs) and retries the request once,
 *   and signs out when that fails,
 * - gives up on a request that has no answer after REQUEST_TIMEOUT_MS, as on no answer at all (an ApiError with
 *   status 0: retried once by the query client, then shown with Retry),
 * - reports whether the API answers at all (the offline banner).
 */
import createClient from 'openapi-fetch'

import { getTokens, setTokens, type Tokens } from '../auth/session'
import { ApiError } from './problem'
import { markReachable, markUnreachable } from './reachability'
import type { components, paths } from './schema'

export type Schemas = components['schemas']

const REFRESH_PATH = '/api/auth/refresh'
// Logout refreshes by itself (features/auth/api/logout.ts): it must revoke the refresh token a refresh would
// hand out, not the one it read before.
const NO_REFRESH = new Set(['/api/auth/login', '/api/auth/register', '/api/auth/logout', REFRESH_PATH])

/** The longest wait for an answer: well past the API's slowest (an import), short of a person giving up. */
export const REQUEST_TIMEOUT_MS = 15_000

let refreshing: Promise<Tokens | null> | null = null

async function exchangeRefreshToken(expiredAccess: string): Promise<Tokens | null> {
  const current = getTokens()
  if (!current) return null
  // Another tab (or request) refreshed while this one waited: use its tokens.
  if (current.accessToken !== expiredAccess) return current
  const response = await send(
    new Request(new URL(REFRESH_PATH, window.location.origin), {
      method: 'POST',
      headers: { Authorization: `Bearer ${current.refreshToken}`, Accept: 'application/json' },
    }),
  )
  if (!response.ok) {
    // 401: the refresh token is expired, revoked or already used. Anything else: keep the session for now.
    if (response.status === 401) setTokens(null)
    return null
  }
  const body = (await response.json()) as Schemas['TokenOut']
  const tokens = { accessToken: body.access_token, refreshToken: body.refresh_token }
  setTokens(tokens)
  return tokens
}

/** One tab at a time exchanges the refresh token (a rotated one used twice would sign the user out). */
async function exchangeOnce(expiredAccess: string): Promise<Tokens | null> {
  if (!('locks' in navigator)) return exchangeRefreshToken(expiredAccess)
  return await navigator.locks.request('taskforge.refresh', () => exchangeRefreshToken(expiredAccess))
}

/** Refreshes the tokens once for every request that failed with the same access token. */
export function refreshTokens(expiredAccess: string): Promise<Tokens | null> {
  if (!refreshing) {
    refreshing = exchangeOnce(expiredAccess).finally(() => {
      refreshing = null
    })
  }
  return refreshing
}

function withToken(request: Request, token: string | undefined): Request {
  const authorised = new Request(request)
  if (token && !authorised.headers.has('Authorization')) authorised.headers.set('Authorization', `Bearer ${token}`)
  return authorised
}

/** A signal that aborts when either does (AbortSignal.any came to Safari only in 17.4). */
function either(first: AbortSignal, second: AbortSignal): AbortSignal {
  const controller = new AbortController()
  for (const signal of [first, second]) {
    if (signal.aborted) controller.abort(signal.reason)
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true })
  }
  return controller.signal
}

async function send(request: Request): Promise<Response> {
  // The caller's own abort (a query no longer needed) stays an AbortError; running out of time does not.
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS)
  try {
    const response = await fetch(request, { signal: either(request.signal, timeout) })
    // 502/504: a proxy found no server; 503: the server is up but cannot serve (its database is away).
    if (response.status === 502 || response.status === 503 || response.status === 504) markUnreachable()
    else markReachable()
    return response
  } catch (error) {
    if (request.signal.aborted) throw error
    markUnreachable()
    throw new ApiError(0, null, null, timeout.aborted ? 'TaskForge did not answer in time.' : 'TaskForge cannot be reached.')
  }
}

export async function authFetch(input: Request): Promise<Response> {
  const token = getTokens()?.accessToken
  const retry = input.clone()
  const response = await send(withToken(input, token))
  const path = new URL(input.url).pathname
  if (response.status !== 401 || !token || NO_REFRESH.has(path)) return response
  // On failure the session is already cleared (401) or kept for a later try (429, 503): answer the 401.
  const fresh = await refreshTokens(token)
  if (!fresh) return response
  return send(withToken(retry, fresh.accessToken))
}

export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  fetch: authFetch,
  querySerializer: { array: { style: 'form', explode: true } },
})
