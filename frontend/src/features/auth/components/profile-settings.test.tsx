import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { ProfileSettings } from './profile-settings'
import { makeUser } from '@/testing/user-factory'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const me: Schemas['UserOut'] = makeUser()

describe('ProfileSettings', () => {
  it('shows the user and saves the time zone', async () => {
    let user = me
    let sent: unknown = null
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(user)),
      http.patch('*/api/auth/me', async ({ request }) => {
        sent = await request.json()
        user = { ...user, timezone: 'Europe/Berlin' }
        return HttpResponse.json(user)
      }),
    )
    renderWithProviders(<ProfileSettings />)
    const card = screen.getByRole('region', { name: 'Profile' })
    expect(await within(card).findByText('ada@example.com')).toBeInTheDocument()
    expect(within(card).getByText('ada')).toBeInTheDocument()

    const zone = within(card).getByRole('combobox', { name: 'Time zone' })
    expect(zone).toHaveValue('UTC')
    await userEvent.clear(zone)
    await userEvent.type(zone, 'Europe/Berlin')
    await userEvent.click(within(card).getByRole('button', { name: 'Save time zone' }))

    expect(await screen.findByText('Time zone set to Europe/Berlin.')).toBeInTheDocument()
    expect(sent).toEqual({ timezone: 'Europe/Berlin' })
    expect(within(card).getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Berlin')
  })

  it('shows the API’s error for an unknown zone', async () => {
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(me)),
      http.patch('*/api/auth/me', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Entity',
            status: 422,
            detail: 'The request is invalid.',
            request_id: 'r1',
            errors: [{ field: 'timezone', message: 'must be an IANA time zone name such as Europe/Berlin or America/New_York' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    renderWithProviders(<ProfileSettings />)
    const zone = await screen.findByRole('combobox', { name: 'Time zone' })
    await userEvent.clear(zone)
    await userEvent.type(zone, 'Mars/Olympus')
    await userEvent.click(screen.getByRole('button', { name: 'Save time zone' }))
    expect(await screen.findByText('Use a time zone from the list, such as Europe/Berlin.')).toBeInTheDocument()
    expect(zone).toHaveAttribute('aria-invalid', 'true')
    expect(zone).toHaveFocus()
  })

  it('says when the profile cannot be loaded, and loads it again on Retry', async () => {
    let calls = 0
    server.use(
      http.get('*/api/auth/me', () => {
        calls += 1
        return calls === 1 ? HttpResponse.error() : HttpResponse.json(me)
      }),
    )
    renderWithProviders(<ProfileSettings />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load your profile. TaskForge cannot be reached. Check your connection.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('ada@example.com')).toBeInTheDocument()
  })
})
