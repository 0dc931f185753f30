import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeTeam } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { TeamsSettings } from './teams-settings'

setupMswServer()

type TeamDetail = Schemas['TeamDetail']

let teams: Schemas['TeamOut'][]
let detail: TeamDetail
let writes: { method: string; path: string; body: unknown; ifMatch: string | null }[]

async function record(request: Request): Promise<unknown> {
  const text = request.method === 'DELETE' ? '' : await request.clone().text()
  const body = text ? (JSON.parse(text) as unknown) : undefined
  writes.push({ method: request.method, path: new URL(request.url).pathname, body, ifMatch: request.headers.get('If-Match') })
  return body
}

const person = (id: number, username: string, role: 'admin' | 'member') => ({
  user: { id, username },
  role,
  created_at: '2030-01-01T00:00:00Z',
})

beforeEach(() => {
  writes = []
  const planners = makeTeam({ id: 3, name: 'Planners', member_count: 2, version: 4 })
  teams = [planners]
  detail = { ...planners, members: [person(1, 'ann', 'admin'), person(2, 'bob', 'member')] }
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1, username: 'ann' }))),
    http.get('*/api/teams', () => HttpResponse.json({ items: teams })),
    http.get('*/api/teams/:id', () => HttpResponse.json(detail)),
    http.post('*/api/teams', async ({ request }) => {
      const body = (await record(request)) as { name: string }
      const team = makeTeam({ id: 9, name: body.name })
      teams = [...teams, team]
      return HttpResponse.json(team, { status: 201 })
    }),
    http.patch('*/api/teams/:id', async ({ request }) => {
      const body = (await record(request)) as { name: string }
      detail = { ...detail, name: body.name, version: detail.version + 1 }
      teams = teams.map((team) => ({ ...team, name: body.name }))
      return HttpResponse.json(detail)
    }),
    http.post('*/api/teams/:id/members', async ({ request }) => {
      const body = (await record(request)) as { username: string | null; email: string | null }
      if (body.email === 'nobody@example.com') {
        return HttpResponse.json(
          { status: 422, title: 'Invalid', errors: [{ field: 'email', message: 'no account with that email' }] },
          { status: 422 },
        )
      }
      const added = person(5, body.username ?? 'cid', 'member')
      detail = { ...detail, members: [...detail.members, added] }
      return HttpResponse.json(added, { status: 201 })
    }),
    http.patch('*/api/teams/:id/members/:userId', async ({ request }) => {
      await record(request)
      return HttpResponse.json(person(2, 'bob', 'admin'))
    }),
    http.delete('*/api/teams/:id/members/:userId', async ({ request }) => {
      await record(request)
      return new HttpResponse(null, { status: 204 })
    }),
    http.delete('*/api/teams/:id', async ({ request }) => {
      await record(request)
      teams = []
      return new HttpResponse(null, { status: 204 })
    }),
  )
})

async function openPlanners() {
  const user = userEvent.setup()
  renderWithProviders(<TeamsSettings />)
  const region = screen.getByRole('region', { name: 'Teams' })
  await user.click(await within(region).findByRole('button', { name: 'Manage Planners' }))
  await within(region).findByRole('list', { name: 'Members of Planners' })
  return { user, region }
}

describe('TeamsSettings', () => {
  it('lists the teams and creates one', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TeamsSettings />)
    const region = screen.getByRole('region', { name: 'Teams' })
    expect(await within(region).findByText('2 members · you are admin')).toBeInTheDocument()
    await user.click(within(region).getByRole('button', { name: 'Create team' }))
    expect(within(region).getByText('Enter a name.')).toBeInTheDocument()
    await user.type(within(region).getByLabelText('New team'), 'Readers')
    await user.click(within(region).getByRole('button', { name: 'Create team' }))
    expect(await within(region).findByText('Readers')).toBeInTheDocument()
    expect(writes).toEqual([{ method: 'POST', path: '/api/teams', body: { name: 'Readers', description: null }, ifMatch: null }])
  })

  it('says when the user is in no team', async () => {
    teams = []
    renderWithProviders(<TeamsSettings />)
    expect(await screen.findByText('You are in no team yet.')).toBeInTheDocument()
  })

  it('renames a team with If-Match, adds members by email or username, changes roles and removes people', async () => {
    const { user, region } = await openPlanners()
    const name = within(region).getByLabelText('Team name')
    await user.clear(name)
    await user.type(name, 'Planning')
    await user.click(within(region).getByRole('button', { name: 'Rename' }))
    expect(await screen.findByText('Renamed to Planning')).toBeInTheDocument()

    await user.type(within(region).getByLabelText('Username or email of the new member'), 'nobody@example.com')
    await user.click(within(region).getByRole('button', { name: 'Add member' }))
    expect(await within(region).findByText('No account has that email address.')).toBeInTheDocument()
    await user.clear(within(region).getByLabelText('Username or email of the new member'))
    await user.type(within(region).getByLabelText('Username or email of the new member'), 'cid')
    await user.click(within(region).getByRole('button', { name: 'Add member' }))
    expect(await within(region).findByText('cid')).toBeInTheDocument()

    await user.selectOptions(within(region).getByLabelText('Team role of bob'), 'Admin')
    await user.click(within(region).getByRole('button', { name: /^Remove bob from/ }))
    await waitFor(() => expect(writes).toHaveLength(5))
    expect(writes.map(({ method, path, body, ifMatch }) => [method, path, body, ifMatch])).toEqual([
      ['PATCH', '/api/teams/3', { name: 'Planning' }, '"v4"'],
      ['POST', '/api/teams/3/members', { email: 'nobody@example.com', username: null, role: 'member' }, null],
      ['POST', '/api/teams/3/members', { username: 'cid', email: null, role: 'member' }, null],
      ['PATCH', '/api/teams/3/members/2', { role: 'admin' }, null],
      ['DELETE', '/api/teams/3/members/2', undefined, null],
    ])
    // The user's own row offers no Remove: they leave instead.
    expect(within(region).queryByRole('button', { name: /^Remove ann/ })).not.toBeInTheDocument()
  })

  it('leaves a team after asking', async () => {
    const { user } = await openPlanners()
    await user.click(screen.getByRole('button', { name: 'Leave team' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Leave the team Planners?' })).getByRole('button', { name: 'Leave team' }))
    expect(await screen.findByText('You left Planners')).toBeInTheDocument()
    expect(writes).toEqual([{ method: 'DELETE', path: '/api/teams/3/members/1', body: undefined, ifMatch: null }])
  })

  it('deletes a team after asking, and says why when it cannot', async () => {
    server.use(
      http.delete('*/api/teams/:id', () => HttpResponse.json({ status: 403, title: 'Forbidden', detail: 'Admins only.' }, { status: 403 }), {
        once: true,
      }),
    )
    const { user } = await openPlanners()
    await user.click(screen.getByRole('button', { name: 'Delete team' }))
    const confirm = () => screen.getByRole('dialog', { name: 'Delete the team Planners?' })
    await user.click(within(confirm()).getByRole('button', { name: 'Delete team' }))
    expect(await screen.findByText('Admins only.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Delete team' }))
    await user.click(within(confirm()).getByRole('button', { name: 'Delete team' }))
    expect(await screen.findByText('You are in no team yet.')).toBeInTheDocument()
  })

  it('shows a plain member the team without admin controls', async () => {
    const planners = makeTeam({ id: 3, name: 'Planners', role: 'member', member_count: 2 })
    teams = [planners]
    detail = { ...planners, members: [person(2, 'bob', 'admin'), person(1, 'ann', 'member')] }
    const { region } = await openPlanners()
    expect(within(region).queryByLabelText('Team name')).not.toBeInTheDocument()
    expect(within(region).queryByRole('combobox')).not.toBeInTheDocument()
    expect(within(region).queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument()
    expect(within(region).queryByRole('button', { name: 'Delete team' })).not.toBeInTheDocument()
    expect(within(region).getByRole('button', { name: 'Leave team' })).toBeInTheDocument()
  })

  it('shows the API’s refusals in words next to their field, the field focused', async () => {
    const problem = (status: number, body: Record<string, unknown>) =>
      HttpResponse.json({ type: 'about:blank', title: 'x', detail: 'x', request_id: 'r', status, ...body }, { status })
    server.use(
      http.patch('*/api/teams/:id', () =>
        problem(422, { errors: [{ field: 'name', message: 'String should have at most 100 characters' }] }),
      ),
      http.post('*/api/teams/:id/members', () => problem(409, { detail: 'bob is in this team already.' })),
    )
    const { user, region } = await openPlanners()
    const name = within(region).getByLabelText('Team name')
    await user.type(name, '!')
    await user.click(within(region).getByRole('button', { name: 'Rename' }))
    await waitFor(() => expect(name).toHaveAccessibleDescription('Use up to 100 characters.'))
    expect(name).toHaveFocus()

    const newMember = within(region).getByLabelText('Username or email of the new member')
    await user.type(newMember, 'bob')
    await user.click(within(region).getByRole('button', { name: 'Add member' }))
    await waitFor(() => expect(newMember).toHaveAccessibleDescription('bob is in this team already.'))
    expect(newMember).toHaveFocus()
  })

  it('says when the teams cannot be loaded, with a Retry', async () => {
    let calls = 0
    server.use(
      http.get('*/api/teams', () => {
        calls += 1
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ items: teams })
      }),
    )
    const user = userEvent.setup()
    renderWithProviders(<TeamsSettings />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your teams. TaskForge cannot be reached.')
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('2 members · you are admin')).toBeInTheDocument()
  })
})
