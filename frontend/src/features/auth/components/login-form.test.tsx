import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { getTokens } from '@/lib/auth/session'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { meQueryOptions } from '../api/get-me'
import { LoginForm } from './login-form'
import { makeUser } from '@/testing/user-factory'

setupMswServer()

const user = makeUser({ id: 7, timezone: 'Europe/London' })

describe('LoginForm', () => {
  it('signs in, keeps the tokens and primes /me', async () => {
    let sent: unknown
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        sent = await request.json()
        return HttpResponse.json({ user, access_token: 'a', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' })
      }),
    )
    const onSuccess = vi.fn()
    const { queryClient } = renderWithProviders(<LoginForm onSuccess={onSuccess} />)

    await userEvent.type(screen.getByLabelText('Username or email'), 'ada')
    await userEvent.type(screen.getByLabelText('Password'), 'secret-words')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled())
    expect(sent).toEqual({ username: 'ada', password: 'secret-words' })
    expect(getTokens()).toEqual({ accessToken: 'a', refreshToken: 'r' })
    expect(queryClient.getQueryData(meQueryOptions().queryKey)).toEqual(user)
  })

  it('asks for the second step on 202, keeping no tokens', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ two_factor_required: true, challenge: 'ch', expires_in: 300 }, { status: 202 }),
      ),
    )
    const onSuccess = vi.fn()
    const onTwoFactor = vi.fn()
    renderWithProviders(<LoginForm onSuccess={onSuccess} onTwoFactor={onTwoFactor} />)

    await userEvent.type(screen.getByLabelText('Username or email'), 'ada')
    await userEvent.type(screen.getByLabelText('Password'), 'secret-words')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))

    await vi.waitFor(() =>
      expect(onTwoFactor).toHaveBeenCalledWith({ two_factor_required: true, challenge: 'ch', expires_in: 300 }),
    )
    expect(onSuccess).not.toHaveBeenCalled()
    expect(getTokens()).toBeNull()
  })

  it('says the credentials are wrong on 401 without saying which', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid credentials.', request_id: 'x' },
          { status: 401 },
        ),
      ),
    )
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />)
    await userEvent.type(screen.getByLabelText('Username or email'), 'ada')
    await userEvent.type(screen.getByLabelText('Password'), 'nope')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.')
    expect(getTokens()).toBeNull()
  })

  it('puts a 422 message under its field, as a sentence, and focuses the field', async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'The request body is invalid.',
            request_id: 'x',
            errors: [{ field: 'password', message: 'String should have at least 1 character' }],
          },
          { status: 422 },
        ),
      ),
    )
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />)
    await userEvent.type(screen.getByLabelText('Username or email'), 'ada')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    const password = screen.getByLabelText('Password')
    await vi.waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'))
    expect(password).toHaveAccessibleDescription('Enter your password.')
    expect(password).toHaveFocus()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
