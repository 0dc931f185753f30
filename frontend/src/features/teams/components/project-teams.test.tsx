import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeTeam } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'

import { ProjectTeams } from './project-teams'

setupMswServer()

let grants: Schemas['TeamGrantOut'][]
let writes: { method: string; path: string; body: unknown }[]

const grant = (id: number, name: string, role: 'viewer' | 'editor' | 'admin', members = 3) => ({
  team: { id, name },
  role,
  member_count: members,
  created_at: '2030-01-01T00:00:00Z',
})

beforeEach(() => {
  writes = []
  grants = [grant(3, 'Planners', 'editor')]
  server.use(
    http.get('*/api/projects/:id/teams', () => HttpResponse.json({ items: grants })),
    http.get('*/api/teams', () =>
      HttpResponse.json({ items: [makeTeam({ id: 3, name: 'Planners' }), makeTeam({ id: 4, name: 'Readers' })] }),
    ),
    http.all('*/api/projects/:id/teams*', async ({ request }) => {
      const text = request.method === 'DELETE' ? '' : await request.text()
      const body = text ? (JSON.parse(text) as { team_id?: number; role: 'viewer' }) : undefined
      writes.push({ method: request.method, path: new URL(request.url).pathname, body })
      if (request.method === 'POST' && body?.team_id) {
        const added = grant(body.team_id, 'Readers', body.role, 1)
        grants = [...grants, added]
        return HttpResponse.json(added, { status: 201 })
      }
      if (request.method === 'DELETE') {
        grants = []
        return new HttpResponse(null, { status: 204 })
      }
      return HttpResponse.json(grants[0])
    }),
  )
})

describe('ProjectTeams', () => {
  it('lets an admin share with one of their teams, change a team’s role and stop sharing', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ProjectTeams projectId={5} canManage />)
    const list = await screen.findByRole('list', { name: 'Teams' })
    expect(list).toHaveTextContent('Planners (3 people)')
    // Only the teams it is not shared with yet are offered.
    const choice = await screen.findByLabelText('Team')
    expect(within(choice).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose one of your teams…',
      'Readers',
    ])
    await user.selectOptions(choice, 'Readers')
    await user.selectOptions(screen.getByLabelText('Role of the team'), 'Viewer')
    await user.click(screen.getByRole('button', { name: 'Share with team' }))
    expect(await screen.findByText('Shared with the team Readers')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Role of the team Planners'), 'Admin')
    await user.click(screen.getByRole('button', { name: 'Stop sharing with the team Planners' }))
    await waitFor(() => expect(writes).toHaveLength(3))
    expect(writes).toEqual([
      { method: 'POST', path: '/api/projects/5/teams', body: { team_id: 4, role: 'viewer' } },
      { method: 'PATCH', path: '/api/projects/5/teams/3', body: { role: 'admin' } },
      { method: 'DELETE', path: '/api/projects/5/teams/3', body: undefined },
    ])
  })

  it('shows others the teams and their roles, without controls', async () => {
    renderWithProviders(<ProjectTeams projectId={5} canManage={false} />)
    const list = await screen.findByRole('list', { name: 'Teams' })
    expect(list).toHaveTextContent('Editor')
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })

  it('points an admin without a team to Settings', async () => {
    grants = []
    server.use(http.get('*/api/teams', () => HttpResponse.json({ items: [] })))
    renderWithProviders(<ProjectTeams projectId={5} canManage />)
    expect(await screen.findByText('Create a team in Settings to share projects with it.')).toBeInTheDocument()
  })

  it('says in words why a team could not be added', async () => {
    server.use(
      http.post('*/api/projects/:id/teams', () =>
        HttpResponse.json(
          {
            type: '/problems/validation-error',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'team_id: no team of yours with that id',
            request_id: 'r',
            errors: [{ field: 'team_id', message: 'no team of yours with that id' }],
          },
          { status: 422 },
        ),
      ),
    )
    const user = userEvent.setup()
    renderWithProviders(<ProjectTeams projectId={5} canManage />)
    await user.selectOptions(await screen.findByLabelText('Team'), 'Readers')
    await user.click(screen.getByRole('button', { name: 'Share with team' }))
    expect(await screen.findByText('That team is gone, or you are no longer in it.')).toBeInTheDocument()
  })

  it('says when the teams cannot be loaded, with a Retry', async () => {
    let fail = true
    server.use(
      http.get('*/api/projects/:id/teams', () =>
        fail ? HttpResponse.json({ status: 500, title: 'x', detail: 'Boom.' }, { status: 500 }) : HttpResponse.json({ items: grants }),
      ),
    )
    const user = userEvent.setup()
    renderWithProviders(<ProjectTeams projectId={5} canManage />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the teams it is shared with. Boom.')
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('list', { name: 'Teams' })).toHaveTextContent('Planners (3 people)')
  })
})
