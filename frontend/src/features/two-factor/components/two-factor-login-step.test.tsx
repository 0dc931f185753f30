import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { TwoFactorLoginStep } from './two-factor-login-step'

setupMswServer()

const TOKENS = { user: makeUser({ two_factor: true }), access_token: 'a', refresh_token: 'r', expires_in: 900, token_type: 'Bearer' }
const problem = (status: number, extra: object = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'x', status, detail: 'x', request_id: 'x', ...extra }, { status })

describe('TwoFactorLoginStep', () => {
  it('sends the code with the challenge and hands over the tokens', async () => {
    let sent: unknown
    server.use(
      http.post('*/api/auth/login/two-factor', async ({ request }) => {
        sent = await request.json()
        return HttpResponse.json(TOKENS)
      }),
    )
    const onSignedIn = vi.fn()
    renderWithProviders(<TwoFactorLoginStep challenge="ch" onSignedIn={onSignedIn} onRestart={vi.fn()} />)

    const code = screen.getByLabelText('Authentication code')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    await userEvent.type(code, '123456')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(TOKENS))
    expect(sent).toEqual({ challenge: 'ch', code: '123456' })
  })

  it('switches to a recovery code, and says which field is wrong', async () => {
    const sent: unknown[] = []
    server.use(
      http.post('*/api/auth/login/two-factor', async ({ request }) => {
        sent.push(await request.json())
        return problem(422, { errors: [{ field: 'recovery_code', message: 'is wrong or has been used already' }] })
      }),
    )
    renderWithProviders(<TwoFactorLoginStep challenge="ch" onSignedIn={vi.fn()} onRestart={vi.fn()} />)

    await userEvent.click(screen.getByRole('button', { name: 'Use a recovery code' }))
    const field = screen.getByLabelText('Recovery code')
    expect(field).not.toHaveAttribute('inputmode')
    await userEvent.type(field, 'abcd-efgh-jklm-npqr')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))

    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'))
    expect(field).toHaveFocus()
    expect(sent).toEqual([{ challenge: 'ch', recovery_code: 'abcd-efgh-jklm-npqr' }])
    await userEvent.click(screen.getByRole('button', { name: 'Use the authenticator app' }))
    expect(screen.getByLabelText('Authentication code')).not.toHaveAttribute('aria-invalid')
  })

  it('offers to start again when the challenge is gone', async () => {
    server.use(http.post('*/api/auth/login/two-factor', () => problem(401)))
    const onRestart = vi.fn()
    renderWithProviders(<TwoFactorLoginStep challenge="ch" onSignedIn={vi.fn()} onRestart={onRestart} />)

    await userEvent.type(screen.getByLabelText('Authentication code'), '123456')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Enter your password again.')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again' }))
    expect(onRestart).toHaveBeenCalled()
  })
})
