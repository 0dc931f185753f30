import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { ForgotPasswordForm, SENT_MESSAGE } from './forgot-password-form'

setupMswServer()

describe('ForgotPasswordForm', () => {
  it('asks for a link and says the same thing whatever the address', async () => {
    const sent: unknown[] = []
    server.use(
      http.post('*/api/auth/password-reset', async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json({ detail: 'anything' }, { status: 202 })
      }),
    )
    renderWithProviders(<ForgotPasswordForm />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    await userEvent.type(screen.getByLabelText('Email'), '  ada@example.com ')
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }))
    expect(await screen.findByRole('status')).toHaveTextContent(SENT_MESSAGE)
    expect(sent).toEqual([{ email: 'ada@example.com' }])
  })

  it('puts a 422 under the email field', async () => {
    server.use(
      http.post('*/api/auth/password-reset', () =>
        HttpResponse.json(
          {
            type: '/problems/validation-error',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'email: is not a valid email address',
            request_id: 'x',
            errors: [{ field: 'email', message: 'is not a valid email address: no @' }],
          },
          { status: 422 },
        ),
      ),
    )
    renderWithProviders(<ForgotPasswordForm />)
    await userEvent.type(screen.getByLabelText('Email'), 'nope')
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }))
    await vi.waitFor(() => expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('says when too many links were asked for', async () => {
    server.use(
      http.post('*/api/auth/password-reset', () =>
        HttpResponse.json(
          { type: '/problems/rate-limited', title: 'Too Many Requests', status: 429, detail: 'Too many.', request_id: 'x' },
          { status: 429, headers: { 'Retry-After': '60' } },
        ),
      ),
    )
    renderWithProviders(<ForgotPasswordForm />)
    await userEvent.type(screen.getByLabelText('Email'), 'ada@example.com')
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }))
    expect(await screen.findByRole('alert')).toBeInTheDocument()
  })
})
