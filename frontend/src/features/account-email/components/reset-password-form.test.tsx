import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { ResetPasswordForm } from './reset-password-form'

setupMswServer()

const TOKEN = 'A'.repeat(43)

async function fill(password: string, again: string) {
  await userEvent.type(screen.getByLabelText('New password'), password)
  await userEvent.type(screen.getByLabelText('New password again'), again)
  await userEvent.click(screen.getByRole('button', { name: 'Set the new password' }))
}

describe('ResetPasswordForm', () => {
  it('sets the password with the token and points to sign in', async () => {
    let sent: unknown
    server.use(
      http.post('*/api/auth/password-reset/confirm', async ({ request }) => {
        sent = await request.json()
        return new HttpResponse(null, { status: 204 })
      }),
    )
    renderWithProviders(<ResetPasswordForm token={TOKEN} />)
    await fill('a new passphrase', 'a new passphrase')
    expect(await screen.findByRole('status')).toHaveTextContent('Your password is changed.')
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login')
    expect(sent).toEqual({ token: TOKEN, password: 'a new passphrase' })
  })

  it('refuses two passwords that differ without asking the server', async () => {
    const confirm = vi.fn()
    server.use(http.post('*/api/auth/password-reset/confirm', confirm))
    renderWithProviders(<ResetPasswordForm token={TOKEN} />)
    await fill('a new passphrase', 'another one')
    expect(screen.getByText('The two passwords differ.')).toBeInTheDocument()
    expect(screen.getByLabelText('New password again')).toHaveAttribute('aria-invalid', 'true')
    expect(confirm).not.toHaveBeenCalled()
  })

  it('says a used or expired link no longer works and offers a new one', async () => {
    server.use(
      http.post('*/api/auth/password-reset/confirm', () =>
        HttpResponse.json(
          {
            type: '/problems/validation-error',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'token: is not a valid link',
            request_id: 'x',
            errors: [{ field: 'token', message: 'is not a valid link: it may have been used, expired or replaced' }],
          },
          { status: 422 },
        ),
      ),
    )
    renderWithProviders(<ResetPasswordForm token={TOKEN} />)
    await fill('a new passphrase', 'a new passphrase')
    expect(await screen.findByRole('alert')).toHaveTextContent('This link does not work any more')
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password')
  })
})
