import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'

import type { Schemas } from '@/lib/api/client'
import { getTokens, setTokens } from '@/lib/auth/session'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { DeleteAccountSettings } from './delete-account-settings'

setupMswServer()

const PREVIEW: Schemas['DeletionPreview'] = {
  shared_projects: [
    {
      id: 5,
      name: 'Garden',
      members_count: 2,
      members: [
        { id: 8, username: 'bob' },
        { id: 9, username: 'cy' },
      ],
    },
    { id: 6, name: 'Band', members_count: 1, members: [{ id: 8, username: 'bob' }] },
  ],
  deleted_projects: [
    { id: 1, name: 'Inbox', tasks_count: 3 },
    { id: 2, name: 'Diary', tasks_count: 1 },
  ],
  tags_count: 2,
  kept_tasks_count: 1,
  kept_comments_count: 4,
}

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Error', detail: 'It failed.', status, request_id: 'r', ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

function renderSection() {
  return renderWithProviders(
    <Routes>
      <Route path="/settings" element={<DeleteAccountSettings />} />
      <Route path="/login" element={<p>The login page</p>} />
    </Routes>,
    { route: '/settings' },
  )
}

const card = () => screen.getByRole('region', { name: 'Delete account' })

async function openForm(person: ReturnType<typeof userEvent.setup>) {
  await person.click(within(card()).getByRole('button', { name: 'Delete my account…' }))
  return within(card()).findByRole('form', { name: 'Delete your account' })
}

describe('DeleteAccountSettings', () => {
  beforeEach(() => {
    setTokens({ accessToken: 'access', refreshToken: 'refresh' })
    server.use(http.get('*/api/auth/me/deletion', () => HttpResponse.json(PREVIEW)))
  })

  it('lists what goes and what stays, asks per shared project, then deletes and signs out to the login page', async () => {
    let sent: unknown = null
    server.use(
      http.delete('*/api/auth/me', async ({ request }) => {
        sent = await request.json()
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const person = userEvent.setup()
    renderSection()
    const form = await openForm(person)
    expect(within(form).getByText(/Deleted with your account: Inbox \(3 tasks\), Diary \(1 task\); 2 tags/)).toBeInTheDocument()
    expect(within(form).getByText(/1 task you created .* and 4 comments you wrote/)).toBeInTheDocument()

    const garden = within(form).getByRole('group', { name: /Garden/ })
    expect(within(garden).getByRole('radio', { name: 'Give it to another member' })).toBeChecked()
    await person.selectOptions(within(garden).getByRole('combobox', { name: 'New owner of Garden' }), 'cy')
    const band = within(form).getByRole('group', { name: /Band/ })
    await person.click(within(band).getByRole('radio', { name: 'Delete it for everyone, with its tasks' }))
    expect(within(band).queryByRole('combobox')).not.toBeInTheDocument()

    const submit = within(form).getByRole('button', { name: 'Delete my account' })
    expect(submit).toBeDisabled()
    await person.type(within(form).getByLabelText('Your password'), 'hunter2hunter2')
    await person.click(submit)
    const dialog = screen.getByRole('dialog', { name: 'Delete your account for good?' })
    expect(sent).toBeNull()
    await person.click(within(dialog).getByRole('button', { name: 'Delete for good' }))

    expect(await screen.findByText('The login page')).toBeInTheDocument()
    expect(await screen.findByText('Your account has been deleted.')).toBeInTheDocument()
    expect(sent).toEqual({
      password: 'hunter2hunter2',
      projects: [
        { id: 5, action: 'transfer', to_user_id: 9 },
        { id: 6, action: 'delete' },
      ],
    })
    expect(getTokens()).toBeNull()
  }, 30_000)

  it('shows a wrong password next to its field and keeps the account', async () => {
    server.use(
      http.delete('*/api/auth/me', () =>
        problem(422, { errors: [{ field: 'password', message: "is not this account's password" }] }),
      ),
    )
    const person = userEvent.setup()
    renderSection()
    const form = await openForm(person)
    await person.type(within(form).getByLabelText('Your password'), 'wrong-password')
    await person.click(within(form).getByRole('button', { name: 'Delete my account' }))
    await person.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete for good' }))
    const field = within(form).getByLabelText('Your password')
    expect(await within(form).findByText(/not this account's password/)).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(getTokens()).not.toBeNull()
    expect(screen.queryByText('The login page')).not.toBeInTheDocument()
  }, 30_000)

  it('says so when a project became shared meanwhile (409)', async () => {
    server.use(http.delete('*/api/auth/me', () => problem(409, { projects: [{ id: 7, name: 'New', members_count: 1 }] })))
    const person = userEvent.setup()
    renderSection()
    const form = await openForm(person)
    await person.type(within(form).getByLabelText('Your password'), 'hunter2hunter2')
    await person.click(within(form).getByRole('button', { name: 'Delete my account' }))
    await person.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete for good' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent(/Someone started using one of your projects/)
  }, 30_000)

  it('offers the JSON export first', async () => {
    let exported = false
    server.use(
      http.get('*/api/export', ({ request }) => {
        exported = new URL(request.url).searchParams.get('format') === 'json'
        return HttpResponse.json({ version: 2 })
      }),
    )
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export')
    const person = userEvent.setup()
    renderSection()
    await person.click(within(card()).getByRole('button', { name: 'Download my data (JSON)' }))
    await vi.waitFor(() => expect(created).toHaveBeenCalled())
    expect(exported).toBe(true)
    created.mockRestore()
  })
})
