import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { PasswordForm } from './password-form'

setupMswServer()

const invalid = (field: string, message: string) =>
  HttpResponse.json(
    {
      type: '/problems/validation-error',
      title: 'Unprocessable Content',
      status: 422,
      detail: `${field}: ${message}`,
      request_id: 'r1',
      errors: [{ field, message }],
    },
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  )

// Pasted, not typed key by key: the form does nothing per keystroke, and typing is slow on a busy machine.
async function enter(label: string, text: string) {
  await userEvent.click(screen.getByLabelText(label))
  await userEvent.paste(text)
}

async function fill(current: string, fresh: string, confirm = fresh) {
  await enter('Current password', current)
  await enter('New password', fresh)
  await enter('Confirm new password', confirm)
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }))
}

describe('PasswordForm', () => {
  it('sends the current and new password and says how many devices were signed out', async () => {
    let sent: unknown = null
    server.use(
      http.post('*/api/auth/password', async ({ request }) => {
        sent = await request.json()
        return HttpResponse.json({ revoked: 2 })
      }),
    )
    renderWithProviders(<PasswordForm />)

    await fill('old secret words', 'new secret words')

    expect(await screen.findByText('Password changed. 2 other devices were signed out.')).toBeInTheDocument()
    expect(sent).toEqual({ current_password: 'old secret words', new_password: 'new secret words' })
    expect(screen.getByLabelText('Current password')).toHaveValue('')
  })

  it('shows a wrong current password next to its field and focuses it', async () => {
    server.use(http.post('*/api/auth/password', () => invalid('current_password', "is not the account's password")))
    renderWithProviders(<PasswordForm />)

    await fill('wrong one', 'new secret words')

    const field = await screen.findByLabelText('Current password')
    expect(await screen.findByText('That is not your current password.')).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveFocus()
  })

  it('shows the API’s rule for a too short new password', async () => {
    server.use(
      http.post('*/api/auth/password', () => invalid('new_password', 'String should have at least 8 characters')),
    )
    renderWithProviders(<PasswordForm />)

    await fill('old secret words', 'short')

    expect(await screen.findByText('Use 8 to 128 characters.')).toBeInTheDocument()
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true')
  })

  it('asks for the same new password twice before sending anything', async () => {
    let calls = 0
    server.use(
      http.post('*/api/auth/password', () => {
        calls += 1
        return HttpResponse.json({ revoked: 0 })
      }),
    )
    renderWithProviders(<PasswordForm />)

    await fill('old secret words', 'new secret words', 'new secret wordz')

    expect(screen.getByText('The two new passwords differ: type the same one twice.')).toBeInTheDocument()
    expect(screen.getByLabelText('Confirm new password')).toHaveFocus()
    expect(calls).toBe(0)
  })
})
