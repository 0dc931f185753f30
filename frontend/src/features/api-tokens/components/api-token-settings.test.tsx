import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { ApiTokenSettings } from './api-token-settings'

setupMswServer()

type Token = Schemas['ApiTokenOut']
const SECRET = `tf_${'a'.repeat(43)}`

function makeToken(overrides: Partial<Token> = {}): Token {
  return {
    id: 1,
    name: 'Backup',
    scopes: ['tasks:read'],
    prefix: 'tf_aaaaaaaa',
    created_at: '2026-12-01T10:00:00Z',
    expires_at: null,
    last_used_at: null,
    ...overrides,
  }
}

/** A fake API keeping the tokens in memory; returns what was sent to it. */
function fakeApi(initial: Token[] = []) {
  let tokens = [...initial]
  const sent: { created: unknown[]; revoked: number[] } = { created: [], revoked: [] }
  server.use(
    http.get('*/api/auth/tokens', () => HttpResponse.json({ items: tokens })),
    http.post('*/api/auth/tokens', async ({ request }) => {
      const body = (await request.json()) as Schemas['ApiTokenCreate']
      sent.created.push(body)
      const token = makeToken({ id: 9, name: body.name, scopes: body.scopes, expires_at: body.expires_at ?? null })
      tokens = [token, ...tokens]
      return HttpResponse.json({ ...token, token: SECRET }, { status: 201 })
    }),
    http.delete('*/api/auth/tokens/:id', ({ params }) => {
      sent.revoked.push(Number(params.id))
      tokens = tokens.filter((token) => token.id !== Number(params.id))
      return new HttpResponse(null, { status: 204 })
    }),
  )
  return sent
}

describe('ApiTokenSettings', () => {
  it('creates a token with the chosen scopes and shows it once, with Copy', async () => {
    const sent = fakeApi()
    const person = userEvent.setup({ delay: null })
    renderWithProviders(<ApiTokenSettings />)
    const card = screen.getByRole('region', { name: 'API tokens' })
    expect(await within(card).findByText('You have no API tokens.')).toBeInTheDocument()

    await person.type(within(card).getByRole('textbox', { name: 'Token name' }), 'Nightly export')
    const read = within(card).getByRole('checkbox', { name: /Read tasks/ })
    expect(read).toHaveAccessibleDescription(/Tasks, sections, tags, comments/)
    await person.click(read)
    await person.click(within(card).getByRole('checkbox', { name: /Read projects/ }))
    await person.click(within(card).getByRole('button', { name: 'Create token' }))

    const shown = await within(card).findByRole('textbox', { name: 'Your new token “Nightly export”' })
    expect(shown).toHaveValue(SECRET)
    expect(within(card).getByText(/shown only this once/)).toBeInTheDocument()
    expect(sent.created).toEqual([{ name: 'Nightly export', scopes: ['tasks:read', 'projects:read'], expires_at: null }])
    await person.click(within(card).getByRole('button', { name: 'Copy' }))
    expect(await navigator.clipboard.readText()).toBe(SECRET)
    expect(within(card).getByText('Copied to the clipboard.')).toBeInTheDocument()

    const list = await within(card).findByRole('list', { name: 'Your API tokens' })
    expect(within(list).getByText('Nightly export')).toBeInTheDocument()
    expect(within(list).queryByText(SECRET)).not.toBeInTheDocument()
    await person.click(within(card).getByRole('button', { name: 'Done' }))
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument()
  }, 30_000)

  it('sends the end of the chosen day as the expiry', async () => {
    const sent = fakeApi()
    const person = userEvent.setup({ delay: null })
    renderWithProviders(<ApiTokenSettings />)
    const card = screen.getByRole('region', { name: 'API tokens' })
    await person.type(within(card).getByRole('textbox', { name: 'Token name' }), 'CI')
    await person.click(within(card).getByRole('checkbox', { name: /Change tasks/ }))
    const expiry = within(card).getByLabelText('Expires on (optional)')
    await person.type(expiry, '2099-03-04')
    await person.click(within(card).getByRole('button', { name: 'Create token' }))
    await within(card).findByRole('textbox', { name: 'Your new token “CI”' })
    expect(sent.created).toEqual([
      { name: 'CI', scopes: ['tasks:write'], expires_at: new Date('2099-03-04T23:59:59').toISOString() },
    ])
  })

  it('asks for a name and a scope before sending anything', async () => {
    const sent = fakeApi()
    const person = userEvent.setup({ delay: null })
    renderWithProviders(<ApiTokenSettings />)
    const card = screen.getByRole('region', { name: 'API tokens' })
    await person.click(within(card).getByRole('button', { name: 'Create token' }))
    expect(within(card).getByRole('textbox', { name: 'Token name' })).toHaveAccessibleDescription(/Give the token a name/)
    expect(within(card).getByRole('alert')).toHaveTextContent('Choose at least one scope.')
    expect(sent.created).toEqual([])
  })

  it('lists tokens with their details and revokes one after confirming', async () => {
    const sent = fakeApi([
      makeToken({ id: 3, name: 'Old', expires_at: '2020-01-01T00:00:00Z', last_used_at: '2019-12-31T00:00:00Z' }),
      makeToken({ id: 2, name: 'Sync', scopes: ['tasks:read', 'tasks:write'] }),
    ])
    const person = userEvent.setup({ delay: null })
    renderWithProviders(<ApiTokenSettings />)
    const list = await screen.findByRole('list', { name: 'Your API tokens' })
    const old = within(list).getByText('Old').closest('li') as HTMLElement
    expect(within(old).getByText('Expired')).toBeInTheDocument()
    const sync = within(list).getByText('Sync').closest('li') as HTMLElement
    expect(sync).toHaveTextContent('Scopes: tasks:read, tasks:write')
    expect(sync).toHaveTextContent('Last used never')
    expect(sync).toHaveTextContent('Never expires')

    await person.click(within(list).getByRole('button', { name: 'Revoke Sync' }))
    const dialog = screen.getByRole('dialog', { name: 'Revoke Sync?' })
    await person.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(sent.revoked).toEqual([])
    await person.click(within(list).getByRole('button', { name: 'Revoke Sync' }))
    await person.click(within(screen.getByRole('dialog', { name: 'Revoke Sync?' })).getByRole('button', { name: 'Revoke' }))
    await vi.waitFor(() => expect(within(list).queryByText('Sync')).not.toBeInTheDocument())
    expect(sent.revoked).toEqual([2])
  })
})
