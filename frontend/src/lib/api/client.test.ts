import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'

import { getTokens, setTokens } from '../auth/session'
import { shouldRetry } from '../query-client'
import { api, REQUEST_TIMEOUT_MS } from './client'
import { ApiError, expectData } from './problem'
import { isReachable } from './reachability'
import { makeUser } from '@/testing/user-factory'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const user = makeUser()

function problem(status: number, detail: string) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Error', status, detail, request_id: 'r1' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}

describe('the API client', () => {
  it('sends the access token', async () => {
    setTokens({ accessToken: 'a1', refreshToken: 'r1' })
    let seen: string | null = null
    server.use(
      http.get('*/api/auth/me', ({ request }) => {
        seen = request.headers.get('Authorization')
        return HttpResponse.json(user)
      }),
    )
    expect(expectData(await api.GET('/api/auth/me'))).toEqual(user)
    expect(seen).toBe('Bearer a1')
  })

  it('refreshes once on 401 and retries with the new token, for concurrent requests too', async () => {
    setTokens({ accessToken: 'old', refreshToken: 'r1' })
    let refreshes = 0
    server.use(
      http.get('*/api/auth/me', ({ request }) =>
        request.headers.get('Authorization') === 'Bearer new' ? HttpResponse.json(user) : problem(401, 'expired'),
      ),
      http.post('*/api/auth/refresh', ({ request }) => {
        refreshes += 1
        expect(request.headers.get('Authorization')).toBe('Bearer r1')
        return HttpResponse.json({ user, access_token: 'new', refresh_token: 'r2', expires_in: 900 })
      }),
    )
    const answers = await Promise.all([api.GET('/api/auth/me'), api.GET('/api/auth/me')])
    expect(answers.map((answer) => answer.response.status)).toEqual([200, 200])
    expect(refreshes).toBe(1)
    expect(getTokens()).toEqual({ accessToken: 'new', refreshToken: 'r2' })
  })

  it('signs out when the refresh token is refused, and does not loop', async () => {
    setTokens({ accessToken: 'old', refreshToken: 'used' })
    let refreshes = 0
    server.use(
      http.get('*/api/auth/me', () => problem(401, 'expired')),
      http.post('*/api/auth/refresh', () => {
        refreshes += 1
        return problem(401, 'reused')
      }),
    )
    const result = await api.GET('/api/auth/me')
    expect(result.response.status).toBe(401)
    expect(refreshes).toBe(1)
    expect(getTokens()).toBeNull()
  })

  it('keeps the session when the refresh is rate limited', async () => {
    setTokens({ accessToken: 'old', refreshToken: 'r1' })
    server.use(
      http.get('*/api/auth/me', () => problem(401, 'expired')),
      http.post('*/api/auth/refresh', () => problem(429, 'slow down')),
    )
    expect((await api.GET('/api/auth/me')).response.status).toBe(401)
    expect(getTokens()).toEqual({ accessToken: 'old', refreshToken: 'r1' })
  })

  it('never tries to refresh for a failed login', async () => {
    let refreshes = 0
    server.use(
      http.post('*/api/auth/login', () => problem(401, 'Wrong username or password')),
      http.post('*/api/auth/refresh', () => {
        refreshes += 1
        return problem(401, 'no')
      }),
    )
    setTokens({ accessToken: 'a', refreshToken: 'r' })
    const result = await api.POST('/api/auth/login', { body: { username: 'x', password: 'y' } })
    expect(result.response.status).toBe(401)
    expect(refreshes).toBe(0)
  })

  it('turns a problem into an ApiError with the field errors', async () => {
    server.use(
      http.post('*/api/auth/register', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable',
            status: 422,
            detail: 'The request body is invalid.',
            request_id: 'r',
            errors: [{ field: 'username', message: 'Use 3-32 letters' }],
          },
          { status: 422 },
        ),
      ),
    )
    const result = await api.POST('/api/auth/register', {
      body: { username: '!', email: 'a@b.c', password: 'longenough', timezone: 'UTC' },
    })
    expect(() => expectData(result)).toThrow(ApiError)
    try {
      expectData(result)
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError)
      expect((error as ApiError).fieldErrors).toEqual({ username: 'Use 3-32 letters' })
    }
  })

  it('marks the API unreachable when nothing answers', async () => {
    server.use(http.get('*/api/auth/me', () => HttpResponse.error()))
    await expect(api.GET('/api/auth/me')).rejects.toMatchObject({ status: 0 })
    expect(isReachable()).toBe(false)
    server.use(http.get('*/api/auth/me', () => HttpResponse.json(user)))
    await api.GET('/api/auth/me')
    expect(isReachable()).toBe(true)
  })
})

describe('the request timeout', () => {
  const realTimeout = AbortSignal.timeout.bind(AbortSignal)
  let asked: number[]

  beforeEach(() => {
    asked = []
    // The client's bound, recorded; the test waits 50 ms instead of 15 s.
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
      asked.push(ms)
      return realTimeout(50)
    })
  })

  it('gives up on a request with no answer as on a network failure, and the API counts as unreachable', async () => {
    server.use(http.get('*/api/auth/me', () => delay('infinite')))
    const failure = api.GET('/api/auth/me')
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({ status: 0, message: 'TaskForge did not answer in time.' })
    expect(asked).toEqual([REQUEST_TIMEOUT_MS])
    expect(REQUEST_TIMEOUT_MS).toBe(15_000)
    expect(isReachable()).toBe(false)
    // The query client retries it once, as any request with no answer.
    expect(shouldRetry(0, await failure.catch((error: unknown) => error))).toBe(true)
  })

  it('answers in time as usual', async () => {
    server.use(http.get('*/api/auth/me', async () => {
      await delay(5)
      return HttpResponse.json(user)
    }))
    expect(expectData(await api.GET('/api/auth/me'))).toEqual(user)
  })

  it('leaves a request the caller cancelled an AbortError, not a failure to show', async () => {
    server.use(http.get('*/api/auth/me', () => delay('infinite')))
    const controller = new AbortController()
    const cancelled = api.GET('/api/auth/me', { signal: controller.signal })
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' })
  })
})
