import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { EmailSettings } from './email-settings'

setupMswServer()

describe('EmailSettings', () => {
  it('shows an unverified address with a resend', async () => {
    const resend = vi.fn(() => new HttpResponse(null, { status: 202 }))
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ email_verified: false }))),
      http.post('*/api/auth/email/verification', resend),
    )
    renderWithProviders(<EmailSettings />)
    const card = screen.getByRole('region', { name: 'Email address' })
    expect(await within(card).findByText('Not verified')).toBeInTheDocument()
    expect(within(card).getByText(/Your email is not verified/)).toBeInTheDocument()
    await userEvent.click(within(card).getByRole('button', { name: 'Resend the link' }))
    expect(await within(card).findByText('We sent a new link to ada@example.com.')).toBeInTheDocument()
    expect(resend).toHaveBeenCalledTimes(1)
  })

  it('shows a verified address without a resend', async () => {
    server.use(http.get('*/api/auth/me', () => HttpResponse.json(makeUser())))
    renderWithProviders(<EmailSettings />)
    expect(await screen.findByText('Verified')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Resend the link' })).not.toBeInTheDocument()
  })

  it('asks to change the address with the password and says where the link went', async () => {
    let sent: unknown
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
      http.post('*/api/auth/email', async ({ request }) => {
        sent = await request.json()
        return new HttpResponse(null, { status: 202 })
      }),
    )
    renderWithProviders(<EmailSettings />)
    const form = await screen.findByRole('form', { name: 'Change your email address' })
    await userEvent.type(within(form).getByLabelText('New email address'), 'new@example.com')
    await userEvent.type(within(form).getByLabelText('Current password'), 'my password')
    await userEvent.click(within(form).getByRole('button', { name: 'Change email address' }))
    expect(await within(form).findByText(/We sent a link to new@example.com/)).toBeInTheDocument()
    expect(sent).toEqual({ email: 'new@example.com', password: 'my password' })
    expect(within(form).getByLabelText('Current password')).toHaveValue('')
  })

  it('puts a taken address under the email field', async () => {
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
      http.post('*/api/auth/email', () =>
        HttpResponse.json(
          { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'That email is already registered.', request_id: 'x' },
          { status: 409 },
        ),
      ),
    )
    renderWithProviders(<EmailSettings />)
    const form = await screen.findByRole('form', { name: 'Change your email address' })
    await userEvent.type(within(form).getByLabelText('New email address'), 'bob@example.com')
    await userEvent.type(within(form).getByLabelText('Current password'), 'my password')
    await userEvent.click(within(form).getByRole('button', { name: 'Change email address' }))
    expect(await within(form).findByText('That email is already registered.')).toBeInTheDocument()
    expect(within(form).getByLabelText('New email address')).toHaveAttribute('aria-invalid', 'true')
  })
})
