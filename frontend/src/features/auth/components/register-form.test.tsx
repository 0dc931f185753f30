import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { getTokens } from '@/lib/auth/session'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { RegisterForm } from './register-form'
import { makeUser } from '@/testing/user-factory'

setupMswServer()

async function fill() {
  await userEvent.type(screen.getByLabelText('Username'), 'ada')
  await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com')
  await userEvent.type(screen.getByLabelText('Password'), 'analytical')
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }))
}

describe('RegisterForm', () => {
  it('creates the account in the browser’s time zone and signs in', async () => {
    let sent: Record<string, unknown> = {}
    server.use(
      http.post('*/api/auth/register', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>
        return HttpResponse.json(
          {
            user: makeUser(),
            access_token: 'a',
            refresh_token: 'r',
            expires_in: 900,
          },
          { status: 201 },
        )
      }),
    )
    const onSuccess = vi.fn()
    renderWithProviders(<RegisterForm onSuccess={onSuccess} />)
    await fill()
    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled())
    expect(sent).toEqual({
      username: 'ada',
      email: 'ada@example.com',
      password: 'analytical',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    })
    expect(getTokens()).toEqual({ accessToken: 'a', refreshToken: 'r' })
  })

  it('shows a taken name (409) as a form error and field errors (422) inline', async () => {
    server.use(
      http.post('*/api/auth/register', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409, detail: 'That username is taken.', request_id: 'x' },
          { status: 409 },
        ),
      ),
    )
    renderWithProviders(<RegisterForm onSuccess={vi.fn()} />)
    await fill()
    expect(await screen.findByRole('alert')).toHaveTextContent('That username is taken.')

    server.use(
      http.post('*/api/auth/register', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'The request body is invalid.',
            request_id: 'x',
            errors: [{ field: 'email', message: 'value is not a valid email address' }],
          },
          { status: 422 },
        ),
      ),
    )
    await userEvent.click(screen.getByRole('button', { name: 'Create account' }))
    await vi.waitFor(() => expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('value is not a valid email address')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
