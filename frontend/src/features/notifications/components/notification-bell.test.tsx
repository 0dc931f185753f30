import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { notificationsKeys } from '../api/get-notifications'
import { NotificationBell } from './notification-bell'
import { NotificationSettings } from './notification-settings'

setupMswServer()

const me: Schemas['UserOut'] = makeUser({ timezone: 'Europe/Berlin' })

const reminder = (id: number, overrides: Partial<Schemas['NotificationOut']> = {}): Schemas['NotificationOut'] => ({
  id,
  kind: 'reminder',
  task_id: 100 + id,
  project_id: 1,
  team_id: null,
  comment_id: null,
  actor: null,
  title: `Task ${id}`,
  due_date: '2025-11-24T13:30:00Z',
  fire_at: '2025-11-24T13:00:00Z',
  created_at: '2025-11-24T13:00:00Z',
  read_at: null,
  ...overrides,
})

class FakeNotification {
  readonly title: string
  static permission: NotificationPermission = 'granted'
  static requestPermission = vi.fn(() => Promise.resolve<NotificationPermission>('granted'))
  static shown: { title: string; options: NotificationOptions | undefined }[] = []
  constructor(title: string, options?: NotificationOptions) {
    this.title = title
    FakeNotification.shown.push({ title, options })
  }
}

let page: Schemas['NotificationPage']

beforeEach(() => {
  FakeNotification.permission = 'granted'
  FakeNotification.shown = []
  FakeNotification.requestPermission = vi.fn(() => Promise.resolve<NotificationPermission>('granted'))
  vi.stubGlobal('Notification', FakeNotification)
  page = { items: [reminder(2), reminder(1, { read_at: '2025-11-24T14:00:00Z' })], next_after: null, unread: 1 }
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(me)),
    http.get('*/api/notifications', () => HttpResponse.json(page)),
  )
})
afterEach(() => vi.unstubAllGlobals())

describe('NotificationBell', () => {
  it('shows the unread count and marks a notification read', async () => {
    let patched: unknown = null
    server.use(
      http.patch('*/api/notifications/:id', async ({ request, params }) => {
        patched = { id: params.id, body: await request.json() }
        page = { ...page, items: [reminder(2, { read_at: '2025-11-24T15:00:00Z' }), ...page.items.slice(1)], unread: 0 }
        return HttpResponse.json(page.items[0])
      }),
    )
    renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }))

    const dialog = screen.getByRole('dialog', { name: 'Notifications' })
    const list = await within(dialog).findByRole('list', { name: 'Notifications' })
    const items = within(list).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent('NewTask 2')
    expect(items[0]).toHaveTextContent('Due Mon 24 Nov 2025, 14:30') // Europe/Berlin, not UTC
    await userEvent.click(within(list).getByRole('button', { name: 'Mark “Task 2” as read' }))

    await waitFor(() => expect(patched).toEqual({ id: '2', body: { read: true } }))
    expect(await screen.findByRole('button', { name: 'Notifications, 0 unread' })).toBeInTheDocument()
    expect(within(list).getByRole('button', { name: 'Mark “Task 2” as unread' })).toBeInTheDocument()
  })

  it('marks all read with an Idempotency-Key', async () => {
    let key: string | null = null
    server.use(
      http.post('*/api/notifications/read-all', ({ request }) => {
        key = request.headers.get('Idempotency-Key')
        page = { ...page, unread: 0 }
        return HttpResponse.json({ marked: 1 })
      }),
    )
    renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }))
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark all read' }))
    expect(await screen.findByText('1 notification marked read.')).toBeInTheDocument()
    expect(key).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('alerts once for a new unread reminder, never for the ones of the first load, without asking', async () => {
    const { queryClient } = renderWithProviders(<NotificationBell />)
    await screen.findByRole('button', { name: 'Notifications, 1 unread' })
    expect(FakeNotification.shown).toEqual([])

    page = { ...page, items: [reminder(3, { title: '<b>Pay rent</b>' }), ...page.items], unread: 2 }
    await queryClient.invalidateQueries({ queryKey: notificationsKeys.all })
    await screen.findByRole('button', { name: 'Notifications, 2 unread' })
    await queryClient.invalidateQueries({ queryKey: notificationsKeys.all })

    expect(FakeNotification.shown).toEqual([
      { title: '<b>Pay rent</b>', options: { body: 'Due Mon 24 Nov 2025, 14:30', tag: 'taskforge-3' } },
    ])
    expect(await screen.findByText('Reminder: <b>Pay rent</b>. Due Mon 24 Nov 2025, 14:30.')).toBeInTheDocument()
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled()
  })

  it('shows no browser notification without permission', async () => {
    FakeNotification.permission = 'default'
    const { queryClient } = renderWithProviders(<NotificationBell />)
    await screen.findByRole('button', { name: 'Notifications, 1 unread' })
    page = { ...page, items: [reminder(3), ...page.items], unread: 2 }
    await queryClient.invalidateQueries({ queryKey: notificationsKeys.all })
    await screen.findByRole('button', { name: 'Notifications, 2 unread' })
    expect(FakeNotification.shown).toEqual([])
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled()
  })
})

describe('NotificationSettings', () => {
  it('asks for permission only when the button is pressed', async () => {
    FakeNotification.permission = 'default'
    FakeNotification.requestPermission = vi.fn(() => {
      FakeNotification.permission = 'granted'
      return Promise.resolve<NotificationPermission>('granted')
    })
    renderWithProviders(<NotificationSettings />)
    expect(screen.getByRole('heading', { name: 'Browser notifications' })).toBeInTheDocument()
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled()

    await userEvent.click(screen.getByRole('button', { name: 'Enable browser notifications' }))
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1)
    expect(await screen.findByText(/^Enabled:/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Enable browser notifications' })).not.toBeInTheDocument()
  })

  it('explains how to re-enable when blocked', () => {
    FakeNotification.permission = 'denied'
    renderWithProviders(<NotificationSettings />)
    expect(screen.getByText('Blocked in this browser.')).toBeInTheDocument()
    expect(screen.getByText(/open the site settings/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Enable browser notifications' })).not.toBeInTheDocument()
  })
})
