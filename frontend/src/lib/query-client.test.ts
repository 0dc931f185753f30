import { ApiError } from './api/problem'
import { retryDelay } from './query-client'

function answer(status: number, retryAfter?: string): ApiError {
  const headers = new Headers(retryAfter ? { 'Retry-After': retryAfter } : {})
  return new ApiError(status, null, new Response(null, { status, headers }))
}

describe('retryDelay', () => {
  it('waits what the server asked for', () => {
    expect(retryDelay(0, answer(503, '5'))).toBe(5000)
    expect(retryDelay(2, answer(429, '1'))).toBe(1000)
  })

  it('never waits more than a minute on the server’s word', () => {
    expect(retryDelay(0, answer(503, '3600'))).toBe(60_000)
  })

  it('backs off exponentially otherwise, up to 30 s', () => {
    expect(retryDelay(0, answer(500))).toBe(1000)
    expect(retryDelay(3, new ApiError(0, null, null))).toBe(8000)
    expect(retryDelay(10, answer(500))).toBe(30_000)
  })
})
