import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { NotificationPreferences } from './notification-preferences'

setupMswServer()

type Settings = Schemas['NotificationSettings']

const on = { in_app: true, email: true, push: true }
let settings: Settings
let sent: unknown[]

beforeEach(() => {
  settings = { reminder: on, assigned: on, mentioned: { ...on, email: false }, commented: on, shared: { ...on, push: false }, webhook: on }
  sent = []
  server.use(http.get('*/api/auth/me/notification-settings', () => HttpResponse.json(settings)))
})

const problem = (status: number, detail: string) =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Error', status, detail, request_id: 'r1' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

/** A PATCH that answers only when `release` is called, to see the box before the answer. */
function heldPatch(answer: () => Response) {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.patch('*/api/auth/me/notification-settings', async ({ request }) => {
      sent.push(await request.json())
      await held
      return answer()
    }),
  )
  return () => release()
}

const card = () => screen.getByRole('region', { name: 'Notification preferences' })

describe('NotificationPreferences', () => {
  it('says when the preferences cannot be loaded, with a Retry', async () => {
    let fail = true
    server.use(http.get('*/api/auth/me/notification-settings', () => (fail ? problem(500, 'An unexpected error occurred.') : HttpResponse.json(settings))))
    renderWithProviders(<NotificationPreferences />)
    expect(await within(card()).findByRole('alert')).toHaveTextContent(
      'Could not load your notification preferences. An unexpected error occurred.',
    )
    fail = false
    await userEvent.click(within(card()).getByRole('button', { name: 'Retry' }))
    expect(await within(card()).findByRole('table', { name: 'Which notifications reach you, and how' })).toBeInTheDocument()
  })

  it('shows every kind by every channel', async () => {
    renderWithProviders(<NotificationPreferences />)
    const table = await within(card()).findByRole('table', { name: 'Which notifications reach you, and how' })
    const columns = within(table).getAllByRole('columnheader').map((cell) => cell.textContent)
    expect(columns).toEqual(['Notification', 'In app', 'Email', 'Push'])
    const rows = within(table).getAllByRole('rowheader').map((cell) => cell.textContent)
    expect(rows).toEqual([
      'Reminders',
      'Assigned to you',
      'Mentions',
      'Comments on your tasks',
      'Shared with you',
      'Webhooks turned off',
    ])
    expect(within(table).getAllByRole('checkbox')).toHaveLength(18)
    expect(within(table).getByRole('checkbox', { name: 'Mentions: Email' })).not.toBeChecked()
    expect(within(table).getByRole('checkbox', { name: 'Shared with you: Push' })).not.toBeChecked()
    expect(within(table).getByRole('checkbox', { name: 'Reminders: In app' })).toBeChecked()
    expect(within(card()).getByText(/Email is only sent when the server has outgoing mail \(SMTP\) set up/)).toBeInTheDocument()
  })

  it('saves a box as it is clicked, showing the change at once', async () => {
    const release = heldPatch(() => {
      settings = { ...settings, mentioned: on }
      return HttpResponse.json(settings)
    })
    renderWithProviders(<NotificationPreferences />)
    const box = await within(card()).findByRole('checkbox', { name: 'Mentions: Email' })

    await userEvent.click(box)
    expect(box).toBeChecked()
    await waitFor(() => expect(sent).toEqual([{ mentioned: { email: true } }]))

    release()
    await waitFor(() => expect(box).toBeChecked())
    expect(within(card()).getByRole('checkbox', { name: 'Mentions: Push' })).toBeChecked()
  })

  it('puts the box back and says so when the API refuses', async () => {
    const release = heldPatch(() => problem(503, 'Try again later.'))
    renderWithProviders(<NotificationPreferences />)
    const box = await within(card()).findByRole('checkbox', { name: 'Reminders: Push' })

    await userEvent.click(box)
    expect(box).not.toBeChecked()
    release()

    expect(await screen.findByText('Could not save the setting: Try again later.')).toBeInTheDocument()
    expect(box).toBeChecked()
    expect(sent).toEqual([{ reminder: { push: false } }])
  })

  it('keeps a second change made while the first one, which fails, is on its way', async () => {
    let failFirst: () => void = () => undefined
    const firstHeld = new Promise<void>((resolve) => (failFirst = resolve))
    server.use(
      http.patch('*/api/auth/me/notification-settings', async ({ request }) => {
        const body = (await request.json()) as Schemas['NotificationSettingsUpdate']
        if (body.reminder) {
          await firstHeld
          return problem(503, 'Try again later.')
        }
        settings = { ...settings, assigned: { ...on, email: false } }
        return HttpResponse.json(settings)
      }),
    )
    renderWithProviders(<NotificationPreferences />)
    const reminders = await within(card()).findByRole('checkbox', { name: 'Reminders: Email' })
    const assigned = within(card()).getByRole('checkbox', { name: 'Assigned to you: Email' })
    await userEvent.click(reminders)
    await userEvent.click(assigned)
    expect(assigned).not.toBeChecked()
    failFirst()

    expect(await screen.findByText('Could not save the setting: Try again later.')).toBeInTheDocument()
    await waitFor(() => expect(reminders).toBeChecked())
    expect(assigned).not.toBeChecked()
  })

  it('says when the preferences cannot be loaded', async () => {
    server.use(http.get('*/api/auth/me/notification-settings', () => problem(500, 'Something broke.')))
    renderWithProviders(<NotificationPreferences />)
    expect(await within(card()).findByRole('alert')).toHaveTextContent('Something broke.')
    expect(within(card()).queryByRole('table')).not.toBeInTheDocument()
  })
})
