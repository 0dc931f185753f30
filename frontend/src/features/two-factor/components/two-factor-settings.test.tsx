import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { TwoFactorSettings } from './two-factor-settings'

setupMswServer()

const CODES = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DD${String.fromCharCode(65 + i)}${i}`)
const SETUP = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauth_uri: 'otpauth://totp/TaskForge:ada?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=TaskForge',
  qr_svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
}
const wrongField = (field: string, message: string) =>
  HttpResponse.json(
    {
      type: '/problems/validation-error',
      title: 'Unprocessable Content',
      status: 422,
      detail: `${field}: ${message}`,
      request_id: 'x',
      errors: [{ field, message }],
    },
    { status: 422 },
  )

// Long flows of many keystrokes: room for a busy machine.
describe('TwoFactorSettings', { timeout: 30_000 }, () => {
  it('enrols: password, QR code and secret, a code, then the recovery codes once', async () => {
    let user: Schemas['UserOut'] = makeUser()
    const sent: unknown[] = []
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(user)),
      http.post('*/api/auth/two-factor/setup', async ({ request }) => {
        const body = (await request.json()) as { password: string }
        sent.push(body)
        if (body.password !== 'right password') return wrongField('password', "is not the account's password")
        return HttpResponse.json(SETUP, { status: 201 })
      }),
      http.post('*/api/auth/two-factor/enable', async ({ request }) => {
        const body = (await request.json()) as { code: string }
        sent.push(body)
        if (body.code !== '123456') return wrongField('code', 'is wrong or has been used already')
        user = { ...user, two_factor: true }
        return HttpResponse.json({ recovery_codes: CODES })
      }),
    )
    const person = userEvent.setup()
    renderWithProviders(<TwoFactorSettings />)
    const card = screen.getByRole('region', { name: 'Two-factor authentication' })
    expect(await within(card).findByText('Off.')).toBeInTheDocument()

    await person.click(within(card).getByRole('button', { name: 'Turn on two-factor' }))
    await person.type(within(card).getByLabelText('Your password'), 'wrong')
    await person.click(within(card).getByRole('button', { name: 'Continue' }))
    const password = within(card).getByLabelText('Your password')
    await vi.waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'))
    expect(password).toHaveFocus()
    await person.clear(password)
    await person.type(password, 'right password')
    await person.click(within(card).getByRole('button', { name: 'Continue' }))

    const qr = await within(card).findByRole('img', { name: 'QR code of your two-factor secret' })
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/)
    expect(within(card).getByRole('textbox', { name: 'Or type this secret key into the app' })).toHaveValue(SETUP.secret)
    const code = within(card).getByLabelText('Code from the app')
    expect(code).toHaveAttribute('autocomplete', 'one-time-code')
    expect(code).toHaveAttribute('inputmode', 'numeric')
    await person.type(code, '654321')
    await person.click(within(card).getByRole('button', { name: 'Turn on' }))
    await vi.waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'))
    await person.clear(code)
    await person.type(code, '123456')
    await person.click(within(card).getByRole('button', { name: 'Turn on' }))

    const list = await within(card).findByRole('list', { name: 'Recovery codes' })
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(CODES)
    expect(await within(card).findByText('On.')).toBeInTheDocument()
    await person.click(within(card).getByRole('button', { name: 'Copy' }))
    expect(await navigator.clipboard.readText()).toBe(CODES.join('\n'))

    await person.click(within(card).getByRole('button', { name: 'I saved them' }))
    expect(within(card).queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument()
    expect(screen.queryByText('AAAA-BBBB-CCCC-DDA0')).not.toBeInTheDocument()
    expect(sent).toEqual([{ password: 'wrong' }, { password: 'right password' }, { code: '654321' }, { code: '123456' }])
  })

  it('makes new recovery codes and turns two-factor off with the password and a code', async () => {
    let user: Schemas['UserOut'] = makeUser({ two_factor: true })
    const sent: unknown[] = []
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(user)),
      http.post('*/api/auth/two-factor/recovery-codes', async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json({ recovery_codes: CODES })
      }),
      http.post('*/api/auth/two-factor/disable', async ({ request }) => {
        sent.push(await request.json())
        user = { ...user, two_factor: false }
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const person = userEvent.setup()
    renderWithProviders(<TwoFactorSettings />)
    const card = screen.getByRole('region', { name: 'Two-factor authentication' })
    expect(await within(card).findByText('On.')).toBeInTheDocument()

    await person.click(within(card).getByRole('button', { name: 'New recovery codes' }))
    await person.type(within(card).getByLabelText('Code from the app, or a recovery code'), '111222')
    await person.click(within(card).getByRole('button', { name: 'Make new codes' }))
    expect(await within(card).findByRole('list', { name: 'Recovery codes' })).toBeInTheDocument()
    await person.click(within(card).getByRole('button', { name: 'I saved them' }))

    await person.click(within(card).getByRole('button', { name: 'Turn off two-factor' }))
    await person.type(within(card).getByLabelText('Your password'), 'right password')
    await person.type(within(card).getByLabelText('Code from the app, or a recovery code'), ' AAAA-BBBB-CCCC-DDA0 ')
    await person.click(within(card).getByRole('button', { name: 'Turn off' }))

    expect(await within(card).findByText('Off.')).toBeInTheDocument()
    expect(await screen.findByText('Two-factor authentication is off.')).toBeInTheDocument()
    expect(sent).toEqual([{ code: '111222' }, { password: 'right password', code: 'AAAA-BBBB-CCCC-DDA0' }])
  })
})
