import { http, HttpResponse } from 'msw'

import { getTokens, setTokens } from '@/lib/auth/session'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeUser } from '@/testing/user-factory'

import { logout } from './logout'

setupMswServer()

const unauthorized = () =>
  HttpResponse.json({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'no', request_id: 'x' }, { status: 401 })

describe('logout', () => {
  it('revokes the access token and the refresh token, then forgets them', async () => {
    setTokens({ accessToken: 'a1', refreshToken: 'r1' })
    const calls: { auth: string | null; body: unknown }[] = []
    server.use(
      http.post('*/api/auth/logout', async ({ request }) => {
        calls.push({ auth: request.headers.get('Authorization'), body: await request.json() })
        return new HttpResponse(null, { status: 204 })
      }),
    )
    await logout()
    expect(calls).toEqual([{ auth: 'Bearer a1', body: { refresh_token: 'r1' } }])
    expect(getTokens()).toBeNull()
  })

  it('with an expired access token, refreshes and revokes the NEW refresh token', async () => {
    setTokens({ accessToken: 'expired', refreshToken: 'r1' })
    const revoked: unknown[] = []
    server.use(
      http.post('*/api/auth/logout', async ({ request }) => {
        if (request.headers.get('Authorization') !== 'Bearer a2') return unauthorized()
        revoked.push(await request.json())
        return new HttpResponse(null, { status: 204 })
      }),
      http.post('*/api/auth/refresh', () =>
        HttpResponse.json({ user: makeUser(), access_token: 'a2', refresh_token: 'r2', expires_in: 900 }),
      ),
    )
    await logout()
    expect(revoked).toEqual([{ refresh_token: 'r2' }])
    expect(getTokens()).toBeNull()
  })

  it('forgets the tokens even when the server cannot be reached', async () => {
    setTokens({ accessToken: 'a1', refreshToken: 'r1' })
    server.use(http.post('*/api/auth/logout', () => HttpResponse.error()))
    await expect(logout()).rejects.toMatchObject({ status: 0 })
    expect(getTokens()).toBeNull()
  })
})
