import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { LinkConfirmation } from './link-confirmation'

setupMswServer()

const TOKEN = 'B'.repeat(43)

describe('LinkConfirmation', () => {
  it.each([
    ['verify', '*/api/auth/email/verify', 'Verify my email address', 'Your email address is verified.'],
    ['change', '*/api/auth/email/confirm', 'Use this address', 'Your email address is changed.'],
  ] as const)('uses a %s link only when its button is pressed', async (kind, path, button, done) => {
    const sent: unknown[] = []
    server.use(
      http.post(path, async ({ request }) => {
        sent.push(await request.json())
        return new HttpResponse(null, { status: 204 })
      }),
    )
    renderWithProviders(<LinkConfirmation token={TOKEN} kind={kind} />)
    expect(sent).toEqual([])
    await userEvent.click(screen.getByRole('button', { name: button }))
    expect(await screen.findByRole('status')).toHaveTextContent(done)
    expect(sent).toEqual([{ token: TOKEN }])
  })

  it('says a spent link no longer works', async () => {
    server.use(
      http.post('*/api/auth/email/verify', () =>
        HttpResponse.json(
          {
            type: '/problems/validation-error',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'token: is not a valid link',
            request_id: 'x',
            errors: [{ field: 'token', message: 'is not a valid link' }],
          },
          { status: 422 },
        ),
      ),
    )
    renderWithProviders(<LinkConfirmation token={TOKEN} kind="verify" />)
    await userEvent.click(screen.getByRole('button', { name: 'Verify my email address' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This link does not work any more')
  })

  it('says an address taken meanwhile is taken', async () => {
    server.use(
      http.post('*/api/auth/email/confirm', () =>
        HttpResponse.json(
          { type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'That email is already registered.', request_id: 'x' },
          { status: 409 },
        ),
      ),
    )
    renderWithProviders(<LinkConfirmation token={TOKEN} kind="change" />)
    await userEvent.click(screen.getByRole('button', { name: 'Use this address' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('already registered')
  })
})
