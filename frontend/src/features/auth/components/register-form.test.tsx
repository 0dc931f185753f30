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
  it('says under each field what it takes', () => {
    renderWithProviders(<RegisterForm onSuccess={vi.fn()} />)
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('3 to 32 letters, digits, dots, dashes or underscores.')
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('8 to 128 characters.')
  })

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

  it('shows a taken name (409) next to the field it names', async () => {
    server.use(
      http.post('*/api/auth/register', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409, detail: 'That email is already registered.', request_id: 'x' },
          { status: 409 },
        ),
      ),
    )
    renderWithProviders(<RegisterForm onSuccess={vi.fn()} />)
    await fill()
    const email = screen.getByLabelText('Email')
    await vi.waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'))
    expect(email).toHaveAccessibleDescription('That email is already registered.')
    expect(email).toHaveFocus()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('shows the API’s field errors (422) as sentences next to their fields, the first one focused', async () => {
    server.use(
      http.post('*/api/auth/register', () =>
        problem422([
          { field: 'username', message: "String should match pattern '^[A-Za-z0-9_.-]{3,32}$'" },
          { field: 'email', message: 'is not a valid email address: An email address must have an @-sign.' },
          { field: 'password', message: 'String should have at least 8 characters' },
        ]),
      ),
    )
    renderWithProviders(<RegisterForm onSuccess={vi.fn()} />)
    await fill()
    const username = screen.getByLabelText('Username')
    await vi.waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'))
    // The error says what the hint says (which steps aside meanwhile): no regex.
    expect(username).toHaveAccessibleDescription('Use 3 to 32 letters, digits, dots, dashes or underscores.')
    expect(username).toHaveFocus()
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter an email address such as name@example.com.')
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Use 8 to 128 characters.')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(/\^|String should/)
  })

  it('says so in the alert when the browser’s time zone is refused', async () => {
    server.use(
      http.post('*/api/auth/register', () =>
        problem422([{ field: 'timezone', message: 'must be an IANA time zone name such as Europe/Berlin or America/New_York' }]),
      ),
    )
    renderWithProviders(<RegisterForm onSuccess={vi.fn()} />)
    await fill()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'TaskForge does not know your device’s time zone. Set a standard one (such as Europe/Berlin) and try again.',
    )
  })
})

function problem422(errors: { field: string; message: string }[]) {
  const detail = errors.map((error) => `${error.field}: ${error.message}`).join('; ')
  return HttpResponse.json(
    { type: '/problems/validation-error', title: 'Unprocessable Content', status: 422, detail, request_id: 'x', errors },
    { status: 422 },
  )
}
