import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { getTokens, setTokens } from '@/lib/auth/session'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { SignedInDevices } from './signed-in-devices'

setupMswServer()

type Session = Schemas['SessionOut']

const session = (id: number, device: string, current = false): Session => ({
  id,
  device,
  address: `203.0.113.${id}`,
  created_at: '2026-12-01T08:00:00Z',
  last_used_at: '2026-12-07T09:30:00Z',
  current,
})

let sessions: Session[]
let deleted: string[]

beforeEach(() => {
  sessions = [session(3, 'Firefox on Windows', true), session(2, 'Mobile Safari on iOS'), session(1, 'curl')]
  deleted = []
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
    http.get('*/api/auth/sessions', () => HttpResponse.json({ items: sessions })),
    http.delete('*/api/auth/sessions/:id', ({ params }) => {
      deleted.push(String(params.id))
      sessions = sessions.filter((s) => String(s.id) !== params.id)
      return new HttpResponse(null, { status: 204 })
    }),
    http.post('*/api/auth/sessions/revoke-others', () => {
      const count = sessions.filter((s) => !s.current).length
      sessions = sessions.filter((s) => s.current)
      return HttpResponse.json({ revoked: count })
    }),
  )
})

const list = async () => screen.findByRole('list', { name: 'Signed-in devices' })

describe('SignedInDevices', () => {
  it('lists each device with its address and marks this one', async () => {
    renderWithProviders(<SignedInDevices />)
    const rows = within(await list()).getAllByRole('listitem')
    const [mine, phone] = rows
    if (!mine || !phone) throw new Error('expected a row per session')

    expect(rows).toHaveLength(3)
    expect(within(mine).getByText('This device')).toBeInTheDocument()
    expect(within(phone).getByText('Mobile Safari on iOS')).toBeInTheDocument()
    expect(within(phone).getByText(/203\.0\.113\.2/)).toBeInTheDocument()
    expect(within(phone).queryByText('This device')).not.toBeInTheDocument()
  })

  it('signs out one other device', async () => {
    renderWithProviders(<SignedInDevices />)
    await list()

    await userEvent.click(screen.getByRole('button', { name: /^Sign out Mobile Safari on iOS/ }))

    expect(await screen.findByText('Mobile Safari on iOS is signed out.')).toBeInTheDocument()
    expect(deleted).toEqual(['2'])
    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(2))
  })

  it('signs out everywhere else after a confirmation', async () => {
    renderWithProviders(<SignedInDevices />)
    await list()

    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere else' }))
    const dialog = await screen.findByRole('dialog', { name: 'Sign out everywhere else?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign out the others' }))

    expect(await screen.findByRole('status')).toHaveTextContent('2 other devices were signed out.')
    await waitFor(() => expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1))
    expect(screen.getByRole('button', { name: 'Sign out everywhere else' })).toBeDisabled()
  })

  it('cancelling the confirmation signs nobody out', async () => {
    let posted = 0
    server.use(http.post('*/api/auth/sessions/revoke-others', () => {
      posted += 1
      return HttpResponse.json({ revoked: 0 })
    }))
    renderWithProviders(<SignedInDevices />)
    await list()

    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere else' }))
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }))

    expect(posted).toBe(0)
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3)
  })

  it('signing out this device forgets its tokens', async () => {
    setTokens({ accessToken: 'a', refreshToken: 'r' })
    renderWithProviders(<SignedInDevices />)
    await list()

    await userEvent.click(screen.getByRole('button', { name: 'Sign out this device' }))

    await waitFor(() => expect(getTokens()).toBeNull())
    expect(deleted).toEqual(['3'])
  })
})
