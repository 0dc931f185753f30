import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeMember, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import type { Project } from '../api/get-projects'
import { ShareDialog } from './share-dialog'

setupMswServer()

interface Call {
  method: string
  path: string
  body: unknown
}

let calls: Call[]
let members: ReturnType<typeof makeMember>[]
let links: { id: number; created_at: string; created_by: { id: number; username: string } | null }[]

async function record(request: Request): Promise<void> {
  const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text()
  calls.push({ method: request.method, path: new URL(request.url).pathname, body: text ? (JSON.parse(text) as unknown) : undefined })
}

const writes = () => calls.filter((call) => call.method !== 'GET')

beforeEach(() => {
  calls = []
  members = [makeMember('ann', 1, 'owner'), makeMember('bob', 2, 'editor', 'admin'), makeMember('cid', 3, 'viewer')]
  links = [{ id: 8, created_at: '2030-01-02T10:00:00Z', created_by: { id: 1, username: 'ann' } }]
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1, username: 'ann' }))),
    http.get('*/api/projects/:id/members', () => HttpResponse.json({ items: members })),
    http.get('*/api/projects/:id/links', () => HttpResponse.json({ items: links })),
    http.post('*/api/projects/:id/members', async ({ request }) => {
      await record(request)
      const body = (await request.clone().json()) as { username: string | null; email: string | null; role: 'editor' }
      if (body.username === 'nobody') {
        return HttpResponse.json(
          { status: 422, title: 'Invalid', errors: [{ field: 'username', message: 'no account with that username' }] },
          { status: 422 },
        )
      }
      const member = makeMember(body.username ?? 'dee', 4, body.role)
      members = [...members, member]
      return HttpResponse.json(member, { status: 201 })
    }),
    http.patch('*/api/projects/:id/members/:userId', async ({ request, params }) => {
      await record(request)
      return HttpResponse.json(makeMember('cid', Number(params.userId), 'editor'))
    }),
    http.delete('*/api/projects/:id/members/:userId', async ({ request, params }) => {
      await record(request)
      members = members.filter((member) => String(member.user.id) !== params.userId)
      return new HttpResponse(null, { status: 204 })
    }),
    http.post('*/api/projects/:id/links', async ({ request }) => {
      await record(request)
      links = [...links, { id: 9, created_at: '2030-01-03T10:00:00Z', created_by: { id: 1, username: 'ann' } }]
      return HttpResponse.json(
        { id: 9, token: 'sekret', url: 'http://localhost:3000/shared/sekret', api_url: 'x', created_at: '2030-01-03T10:00:00Z', created_by: null },
        { status: 201 },
      )
    }),
    http.delete('*/api/projects/:id/links/:linkId', async ({ request, params }) => {
      await record(request)
      links = links.filter((link) => String(link.id) !== params.linkId)
      return new HttpResponse(null, { status: 204 })
    }),
    http.post('*/api/projects/:id/transfer', async ({ request }) => {
      await record(request)
      return HttpResponse.json(makeMember('bob', 2, 'owner'))
    }),
  )
})

function renderDialog(project: Project) {
  const onLeft = vi.fn()
  renderWithProviders(
    <ShareDialog open project={project} teamsSection={<p>teams</p>} onClose={() => undefined} onLeft={onLeft} />,
  )
  return { dialog: screen.getByRole('dialog', { name: `Share “${project.name}”` }), onLeft }
}

describe('ShareDialog as the owner', () => {
  const project = makeProject({ id: 5, name: 'Garden', role: 'owner' })

  it('lists the members with their roles, the team roles that lift them, and invites by username or email', async () => {
    const user = userEvent.setup()
    const { dialog } = renderDialog(project)
    const people = await within(dialog).findByRole('list', { name: 'People' })
    expect(within(people).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'ann (you)Owner',
      expect.stringContaining('bobAdmin through a team') as unknown as string,
      expect.stringContaining('cid') as unknown as string,
    ])
    expect(within(people).queryByRole('button', { name: 'Remove ann' })).not.toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Invite' }))
    expect(within(dialog).getByText('Enter a username or an email address.')).toBeInTheDocument()
    await user.type(within(dialog).getByLabelText('Username or email'), 'nobody')
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }))
    expect(await within(dialog).findByText('Nobody has that username.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Username or email')).toHaveFocus()

    await user.clear(within(dialog).getByLabelText('Username or email'))
    await user.type(within(dialog).getByLabelText('Username or email'), 'dee@example.com')
    await user.selectOptions(within(dialog).getByLabelText('Role', { exact: true }), 'Viewer')
    await user.click(within(dialog).getByRole('button', { name: 'Invite' }))
    expect(await within(people).findByText('dee')).toBeInTheDocument()
    expect(writes().map((call) => call.body)).toEqual([
      { username: 'nobody', email: null, role: 'editor' },
      { email: 'dee@example.com', username: null, role: 'viewer' },
    ])
    expect(within(dialog).getByLabelText('Username or email')).toHaveValue('')
  })

  it('changes a role and removes a member', async () => {
    const user = userEvent.setup()
    const { dialog } = renderDialog(project)
    await user.selectOptions(await within(dialog).findByLabelText('Role of cid'), 'Editor')
    await user.click(within(dialog).getByRole('button', { name: 'Remove bob' }))
    await waitFor(() => expect(within(dialog).queryByText('bob')).not.toBeInTheDocument())
    expect(writes()).toEqual([
      { method: 'PATCH', path: '/api/projects/5/members/3', body: { role: 'editor' } },
      { method: 'DELETE', path: '/api/projects/5/members/2', body: undefined },
    ])
  })

  it('makes a read-only link, shows its address once, and revokes links', async () => {
    const user = userEvent.setup()
    const { dialog } = renderDialog(project)
    const active = await within(dialog).findByRole('list', { name: 'Active links' })
    expect(active).toHaveTextContent('Link made 2 Jan 2030')
    expect(active).toHaveTextContent('by ann')
    await user.click(within(dialog).getByRole('button', { name: 'Create a link' }))
    expect(await within(dialog).findByLabelText('New link')).toHaveValue('http://localhost:3000/shared/sekret')
    expect(within(dialog).getByText(/shown only this once/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(within(dialog).queryByLabelText('New link')).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: /Revoke the link made 2 Jan 2030/ }))
    expect(await screen.findByText('Link revoked: its address no longer works.')).toBeInTheDocument()
    expect(writes().map((call) => `${call.method} ${call.path}`)).toEqual([
      'POST /api/projects/5/links',
      'DELETE /api/projects/5/links/8',
    ])
  })

  it('copies the new link to the clipboard', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    const { dialog } = renderDialog(project)
    await user.click(within(dialog).getByRole('button', { name: 'Create a link' }))
    await user.click(await within(dialog).findByRole('button', { name: 'Copy' }))
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/shared/sekret')
    expect(within(dialog).getByText('Copied to the clipboard.')).toBeInTheDocument()
  })

  it('hands the project to another member after asking; the owner cannot leave', async () => {
    const user = userEvent.setup()
    const { dialog } = renderDialog(project)
    expect(within(dialog).queryByRole('button', { name: 'Leave project' })).not.toBeInTheDocument()
    const transfer = await within(dialog).findByRole('button', { name: 'Transfer' })
    expect(transfer).toBeDisabled()
    await user.selectOptions(within(dialog).getByLabelText('New owner'), 'bob')
    await user.click(transfer)
    const confirm = screen.getByRole('dialog', { name: 'Make bob the owner?' })
    await user.click(within(confirm).getByRole('button', { name: 'Transfer ownership' }))
    expect(await screen.findByText('bob owns “Garden” now; you are an admin.')).toBeInTheDocument()
    expect(writes()).toEqual([{ method: 'POST', path: '/api/projects/5/transfer', body: { user_id: 2 } }])
  })
})

describe('ShareDialog as an editor', () => {
  it('shows the members without controls, no links, and lets them leave', async () => {
    server.use(
      http.delete('*/api/projects/:id/members/me', async ({ request }) => {
        await record(request)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const user = userEvent.setup()
    const { dialog, onLeft } = renderDialog(makeProject({ id: 5, name: 'Garden', role: 'editor', owner_id: 2 }))
    const people = await within(dialog).findByRole('list', { name: 'People' })
    expect(within(people).queryByRole('combobox')).not.toBeInTheDocument()
    expect(within(people).queryByRole('button')).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Invite' })).not.toBeInTheDocument()
    expect(within(dialog).queryByRole('button', { name: 'Create a link' })).not.toBeInTheDocument()
    expect(within(dialog).queryByText('Transfer ownership')).not.toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Leave project' }))
    const confirm = screen.getByRole('dialog', { name: 'Leave “Garden”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Leave' }))
    await waitFor(() => expect(onLeft).toHaveBeenCalled())
    expect(writes()).toEqual([{ method: 'DELETE', path: '/api/projects/5/members/me', body: undefined }])
  })

  it('says why leaving failed', async () => {
    server.use(
      http.delete('*/api/projects/:id/members/me', () =>
        HttpResponse.json({ status: 409, title: 'Conflict', detail: 'Not now.' }, { status: 409 }),
      ),
    )
    const user = userEvent.setup()
    const { dialog, onLeft } = renderDialog(makeProject({ id: 5, name: 'Garden', role: 'viewer', owner_id: 2 }))
    await user.click(within(dialog).getByRole('button', { name: 'Leave project' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Leave “Garden”?' })).getByRole('button', { name: 'Leave' }))
    expect(await screen.findByText('Not now.')).toBeInTheDocument()
    expect(onLeft).not.toHaveBeenCalled()
  })
})
