import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { Route, Routes, useLocation } from 'react-router'

import { setTokens } from '@/lib/auth/session'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { RequireSession } from './require-session'
import { makeUser } from '@/testing/user-factory'

setupMswServer()

function WhereAmI() {
  const location = useLocation()
  return <p>at {`${location.pathname}${location.search}`}</p>
}

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<WhereAmI />} />
      <Route
        path="*"
        element={
          <RequireSession>
            <p>private page</p>
          </RequireSession>
        }
      />
    </Routes>,
    { route },
  )
}

describe('RequireSession', () => {
  it('sends a visitor without a session to the login page, remembering where they were going', () => {
    renderAt('/dashboard?x=1')
    expect(screen.getByText('at /login?next=%2Fdashboard%3Fx%3D1')).toBeInTheDocument()
    expect(screen.queryByText('private page')).not.toBeInTheDocument()
  })

  it('loads /me before showing the page', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' })
    server.use(
      http.get('*/api/auth/me', () =>
        HttpResponse.json(makeUser({ email: 'a@b.c' })),
      ),
    )
    renderAt('/')
    expect(screen.getByRole('status')).toHaveTextContent('Loading your account…')
    expect(await screen.findByText('private page')).toBeInTheDocument()
  })

  it('goes to the login page when the session cannot be refreshed', async () => {
    setTokens({ accessToken: 'stale', refreshToken: 'used' })
    const unauthorized = () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'no', request_id: 'x' },
        { status: 401 },
      )
    server.use(http.get('*/api/auth/me', unauthorized), http.post('*/api/auth/refresh', unauthorized))
    renderAt('/settings')
    expect(await screen.findByText('at /login?next=%2Fsettings')).toBeInTheDocument()
  })
})
