import { QueryObserver } from '@tanstack/react-query'

import { ApiError } from './api/problem'
import { markReachable, markUnreachable } from './api/reachability'
import { createQueryClient, RETRY_DELAY_MS, retryDelay, shouldRetry } from './query-client'

function answer(status: number, retryAfter?: string): ApiError {
  const headers = new Headers(retryAfter ? { 'Retry-After': retryAfter } : {})
  return new ApiError(status, null, new Response(null, { status, headers }))
}
const noAnswer = () => new ApiError(0, null, null)

describe('shouldRetry', () => {
  it('retries once what may succeed on a retry: no answer, 5xx, a short 429', () => {
    for (const error of [noAnswer(), answer(500), answer(502), answer(503), answer(504), answer(429, '1')]) {
      expect(shouldRetry(0, error)).toBe(true)
      expect(shouldRetry(1, error)).toBe(false)
    }
  })

  it('never retries a 4xx answer, or anything that is not an API error', () => {
    for (const status of [400, 401, 403, 404, 409, 412, 422]) expect(shouldRetry(0, answer(status))).toBe(false)
    expect(shouldRetry(0, new Error('bug'))).toBe(false)
  })

  it('leaves it to the person when the server asks for a long wait: the error shows at once', () => {
    expect(shouldRetry(0, answer(503, '5'))).toBe(false)
    expect(shouldRetry(0, answer(429, '30'))).toBe(false)
  })
})

describe('retryDelay', () => {
  it('waits half a second', () => {
    expect(retryDelay(0, answer(500))).toBe(RETRY_DELAY_MS)
    expect(retryDelay(0, noAnswer())).toBe(500)
  })

  it('waits what the server asked for, up to a second', () => {
    expect(retryDelay(0, answer(503, '1'))).toBe(1000)
    expect(retryDelay(0, answer(429, '0'))).toBe(0)
    expect(retryDelay(0, answer(503, '3600'))).toBe(1000)
  })

  it('keeps a failed load under 2 s in all: one attempt, one wait, one retry', () => {
    const worst = Math.max(retryDelay(0, answer(500)), retryDelay(0, noAnswer()), retryDelay(0, answer(503, '1')))
    expect(worst).toBeLessThanOrEqual(1000)
  })
})

describe('createQueryClient', () => {
  afterEach(() => markReachable())

  it('loads again the failed reads on screen once the API answers again', async () => {
    const queryClient = createQueryClient()
    const failing = vi.fn().mockRejectedValueOnce(answer(404)).mockResolvedValue('loaded')
    const loaded = vi.fn().mockResolvedValue('fine')
    const observers = [
      new QueryObserver(queryClient, { queryKey: ['failing'], queryFn: failing }),
      new QueryObserver(queryClient, { queryKey: ['loaded'], queryFn: loaded }),
    ]
    const stop = observers.map((observer) => observer.subscribe(() => undefined))
    await vi.waitFor(() => expect(queryClient.getQueryState(['failing'])?.status).toBe('error'))
    await vi.waitFor(() => expect(queryClient.getQueryState(['loaded'])?.status).toBe('success'))

    markUnreachable()
    expect(failing).toHaveBeenCalledTimes(1)
    markReachable()
    await vi.waitFor(() => expect(queryClient.getQueryData(['failing'])).toBe('loaded'))
    expect(failing).toHaveBeenCalledTimes(2)
    expect(loaded).toHaveBeenCalledTimes(1)
    stop.forEach((unsubscribe) => unsubscribe())
    queryClient.clear()
  })
})
