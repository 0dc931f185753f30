import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'

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
  it('says in the panel when the notifications cannot be loaded, with a Retry', async () => {
    let fail = true
    server.use(
      http.get('*/api/notifications', () =>
        fail ? HttpResponse.json({ type: 'about:blank', title: 'x', status: 500, detail: 'Boom.', request_id: 'r' }, { status: 500 }) : HttpResponse.json(page),
      ),
    )
    renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByRole('button', { name: /^Notifications/ }))
    const dialog = screen.getByRole('dialog', { name: 'Notifications' })
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not load your notifications. Boom.')
    fail = false
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }))
    expect(await within(dialog).findByRole('list', { name: 'Notifications' })).toHaveTextContent('Task 2')
  })

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

  it('opens a notification’s task from the panel and marks it read', async () => {
    const patched: unknown[] = []
    server.use(
      http.patch('*/api/notifications/:id', async ({ request, params }) => {
        patched.push({ id: params.id, body: await request.json() })
        return HttpResponse.json({ ...reminder(2), read_at: '2025-11-24T15:00:00Z' })
      }),
    )
    renderWithProviders(
      <>
        <NotificationBell />
        <Routes>
          <Route path="/tasks/:taskId" element={<h1>The task page</h1>} />
          <Route path="*" element={null} />
        </Routes>
      </>,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }))
    const list = await within(screen.getByRole('dialog')).findByRole('list', { name: 'Notifications' })
    const link = within(list).getByRole('link', { name: 'Task 2' })
    expect(link).toHaveAttribute('href', '/tasks/102')

    link.focus()
    await userEvent.keyboard('{Enter}')

    expect(await screen.findByRole('heading', { name: 'The task page' })).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Notifications' })).not.toBeInTheDocument()
    await waitFor(() => expect(patched).toEqual([{ id: '2', body: { read: true } }]))
  })

  it('opens a read notification without marking it again', async () => {
    let patches = 0
    server.use(
      http.patch('*/api/notifications/:id', () => {
        patches += 1
        return HttpResponse.json(reminder(1))
      }),
    )
    renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }))
    const list = await within(screen.getByRole('dialog')).findByRole('list', { name: 'Notifications' })
    await userEvent.click(within(list).getByRole('link', { name: 'Task 1' }))
    expect(screen.queryByRole('list', { name: 'Notifications' })).not.toBeInTheDocument()
    expect(patches).toBe(0)
  })

  it('links a project’s notification to the project and a team’s to Settings', async () => {
    page = {
      items: [
        reminder(4, { kind: 'shared', task_id: null, project_id: 9, title: 'Garden' }),
        reminder(3, { kind: 'shared', task_id: null, project_id: null, team_id: 5, title: 'Crew' }),
      ],
      next_after: null,
      unread: 2,
    }
    renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }))
    const list = await within(screen.getByRole('dialog')).findByRole('list', { name: 'Notifications' })
    expect(within(list).getByRole('link', { name: 'Garden' })).toHaveAttribute('href', '/projects/9')
    expect(within(list).getByRole('link', { name: 'Crew' })).toHaveAttribute('href', '/settings')
  })

  it('says when opening one could not mark it read', async () => {
    server.use(
      http.patch('*/api/notifications/:id', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Try later.', request_id: 'r1' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    renderWithProviders(<NotificationBell />)
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }))
    const list = await within(screen.getByRole('dialog')).findByRole('list', { name: 'Notifications' })
    await userEvent.click(within(list).getByRole('link', { name: 'Task 2' }))
    expect(await screen.findByText('Could not mark the notification read: Try later.')).toBeInTheDocument()
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
      { title: '<b>Pay rent</b>', options: { body: 'Due Mon 24 Nov 2025, 14:30', tag: 'n3' } },
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
