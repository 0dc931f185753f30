import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeInbox, makeProject } from '@/testing/project-factory'
import { makeUser } from '@/testing/user-factory'

import { CalendarFeedSettings } from './calendar-feed-settings'

setupMswServer()

const ISSUED = 'http://localhost:3000/api/calendar.ics?token=secret-feed-token&kind=events'
const FEED = ISSUED

describe('CalendarFeedSettings', () => {
  it('shows a new feed address once, copies it, and turns the feed off', async () => {
    let user: Schemas['UserOut'] = makeUser()
    let revoked = false
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(user)),
      http.post('*/api/auth/calendar-token', () => {
        user = { ...user, calendar_feed: true }
        return HttpResponse.json({ token: 'secret-feed-token', url: ISSUED }, { status: 201 })
      }),
      http.delete('*/api/auth/calendar-token', () => {
        revoked = true
        user = { ...user, calendar_feed: false }
        return new HttpResponse(null, { status: 204 })
      }),
    )
    server.use(http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox()] })))
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
    // Many steps, each a render: more than the default 5 s on a loaded machine.
  }, 15_000)

  it('says which apps show which kind, and builds the copied address for the chosen kind and project', async () => {
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
      http.get('*/api/projects', () =>
        HttpResponse.json({ items: [makeInbox({ id: 1 }), makeProject({ id: 42, name: 'Garden' })] }),
      ),
      http.post('*/api/auth/calendar-token', () =>
        HttpResponse.json({ token: 'secret-feed-token', url: ISSUED }, { status: 201 }),
      ),
    )
    const person = userEvent.setup()
    renderWithProviders(<CalendarFeedSettings />)
    const card = screen.getByRole('region', { name: 'Calendar feed' })
    await person.click(await within(card).findByRole('button', { name: 'Create feed address' }))
    const address = await within(card).findByRole('textbox', { name: 'Your feed address' })
    const events = within(card).getByRole('radio', { name: /^Events: for Google Calendar, Apple Calendar and Outlook/ })
    expect(events).toBeChecked()
    expect(address).toHaveValue(ISSUED)

    await person.click(within(card).getByRole('radio', { name: /^To-dos: for apps .* such as Thunderbird/ }))
    expect(address).toHaveValue('http://localhost:3000/api/calendar.ics?token=secret-feed-token&kind=todos')
    await person.selectOptions(within(card).getByRole('combobox', { name: 'Project' }), await within(card).findByRole('option', { name: 'Garden' }))
    expect(address).toHaveValue('http://localhost:3000/api/calendar.ics?token=secret-feed-token&kind=todos&project_id=42')
    await person.click(within(card).getByRole('button', { name: 'Copy' }))
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/api/calendar.ics?token=secret-feed-token&kind=todos&project_id=42',
    )
    await person.selectOptions(within(card).getByRole('combobox', { name: 'Project' }), 'All projects (but archived ones)')
    await person.click(events)
    expect(address).toHaveValue(ISSUED)
  })
})
