import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { CalendarFeedSettings } from './calendar-feed-settings'

setupMswServer()

const FEED = 'http://localhost:3000/api/calendar.ics?token=secret-feed-token'

describe('CalendarFeedSettings', () => {
  it('shows a new feed address once, copies it, and turns the feed off', async () => {
    let user: Schemas['UserOut'] = makeUser()
    let revoked = false
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(user)),
      http.post('*/api/auth/calendar-token', () => {
        user = { ...user, calendar_feed: true }
        return HttpResponse.json({ token: 'secret-feed-token', url: FEED }, { status: 201 })
      }),
      http.delete('*/api/auth/calendar-token', () => {
        revoked = true
        user = { ...user, calendar_feed: false }
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const clipboard = userEvent.setup()
    renderWithProviders(<CalendarFeedSettings />)
    const card = screen.getByRole('region', { name: 'Calendar feed' })
    expect(await within(card).findByText('No feed address is active.')).toBeInTheDocument()

    await clipboard.click(within(card).getByRole('button', { name: 'Create feed address' }))
    const address = await within(card).findByRole('textbox', { name: 'Your feed address' })
    expect(address).toHaveValue(FEED)
    expect(await within(card).findByText('A feed address is active.')).toBeInTheDocument()
    await clipboard.click(within(card).getByRole('button', { name: 'Copy' }))
    expect(await navigator.clipboard.readText()).toBe(FEED)
    expect(within(card).getByText('Copied to the clipboard.')).toBeInTheDocument()

    // Shown once: after "Done" the secret is gone from the page.
    await clipboard.click(within(card).getByRole('button', { name: 'Done' }))
    expect(within(card).queryByRole('textbox', { name: 'Your feed address' })).not.toBeInTheDocument()
    expect(screen.queryByDisplayValue(FEED)).not.toBeInTheDocument()

    await clipboard.click(within(card).getByRole('button', { name: 'Turn off feed' }))
    const dialog = screen.getByRole('dialog', { name: 'Turn off the calendar feed?' })
    await clipboard.click(within(dialog).getByRole('button', { name: 'Turn off' }))
    expect(await within(card).findByText('No feed address is active.')).toBeInTheDocument()
    expect(revoked).toBe(true)
    expect(within(card).getByRole('button', { name: 'Create feed address' })).toBeInTheDocument()
  })
})
