import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makePerson, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { TaskCommentsSlot } from './task-comments-slot'
import { TaskEditor } from './task-editor'

setupMswServer()

interface Write {
  method: string
  body: Record<string, unknown>
}

const me = makeUser({ id: 7, username: 'ann' })
const garden = makeProject({ id: 5, name: 'Garden', role: 'owner', owner_id: 7 })
let members: Schemas['PersonOut'][]
let writes: Write[]
let answers: (() => Response)[]
let task: Schemas['TaskOut']

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'Error', detail: 'It failed.', status, request_id: 'r', ...extra }, { status })

async function record(request: Request) {
  const write = { method: request.method, body: (await request.json()) as Record<string, unknown> }
  writes.push(write)
  return write
}

beforeEach(() => {
  writes = []
  answers = []
  // Dee is a viewer directly and an admin through a team: the people list gives the highest role.
  members = [makePerson('ann', 7, 'owner'), makePerson('bob', 8, 'editor'), makePerson('cy', 9, 'viewer'), makePerson('dee', 10, 'admin')]
  task = makeTask({ id: 10, title: 'Prune roses', project_id: 5, assignees: [{ id: 8, username: 'bob' }], version: 2 })
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(me)),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox({ owner_id: 7 }), garden] })),
    http.get('*/api/projects/5/people', () => HttpResponse.json({ items: members })),
    http.get('*/api/tasks/:id', () => HttpResponse.json(task)),
    http.get('*/api/tasks/:id/subtasks', () => HttpResponse.json({ items: [] })),
    http.patch('*/api/tasks/:id', async ({ request }) => {
      await record(request)
      const answer = answers.shift()
      return answer ? answer() : HttpResponse.json({ ...task, version: task.version + 1 })
    }),
    http.post('*/api/tasks', async ({ request }) => {
      const write = await record(request)
      return HttpResponse.json(makeTask({ id: 11, title: String(write.body.title) }), { status: 201 })
    }),
  )
})

const picker = () => screen.getByRole('group', { name: 'Assignees' })
/** Each choice as its label reads, in order (initials, then the name). */
const labels = () => within(picker()).getAllByRole<HTMLInputElement>('checkbox').map((box) => box.labels?.[0]?.textContent)

describe('TaskEditor: assignees', () => {
  it('offers the project’s editors and up, with avatars, and saves the choice as assignee_ids', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    renderWithProviders(<TaskEditor open taskId={10} onClose={onClose} />)
    const bob = await screen.findByRole('checkbox', { name: 'bob' })
    expect(bob).toBeChecked()
    expect(labels()).toEqual(['Aann (you)', 'Bbob', 'Ddee'])
    expect(within(picker()).queryByRole('checkbox', { name: 'cy' })).not.toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'ann (you)' }))
    await user.click(bob)
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(writes).toHaveLength(1))
    expect(writes[0]).toEqual({ method: 'PATCH', body: { assignee_ids: [7] } })
    await waitFor(() => expect(onClose).toHaveBeenCalled())
  })

  it('shows a 422 about an assignee under the picker, naming the person', async () => {
    const user = userEvent.setup()
    answers.push(() =>
      problem(422, { errors: [{ field: 'assignee_ids', message: 'user 10 cannot edit this project, so cannot be assigned its tasks' }] }),
    )
    const onClose = vi.fn()
    renderWithProviders(<TaskEditor open taskId={10} onClose={onClose} />)
    await user.click(await screen.findByRole('checkbox', { name: 'dee' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('dee cannot edit this project, so cannot be given its tasks.')).toBeInTheDocument()
    expect(picker()).toHaveAccessibleDescription('dee cannot edit this project, so cannot be given its tasks.')
    expect(screen.getByRole('checkbox', { name: 'dee' })).toHaveAttribute('aria-invalid', 'true')
    expect(onClose).not.toHaveBeenCalled()
  })

  it('keeps listing someone assigned who can no longer edit, so they can be taken off', async () => {
    task = { ...task, assignees: [{ id: 9, username: 'cy' }] }
    renderWithProviders(<TaskEditor open taskId={10} onClose={vi.fn()} />)
    expect(await screen.findByRole('checkbox', { name: 'cy' })).toBeChecked()
  })

  it('finds people by name in a long list, and stops at twenty', async () => {
    const user = userEvent.setup()
    members = Array.from({ length: 22 }, (_, index) => makePerson(`person${String(index).padStart(2, '0')}`, 100 + index, 'editor'))
    task = { ...task, assignees: members.slice(0, 20).map((member) => member.user) }
    renderWithProviders(<TaskEditor open taskId={10} onClose={vi.fn()} />)
    expect(await screen.findByRole('checkbox', { name: 'person21' })).toBeDisabled()
    expect(screen.getByText('A task can be given to 20 people at most.')).toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), '2')
    expect(labels()).toEqual(['Pperson02', 'Pperson12', 'Pperson20', 'Pperson21'])
    await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'x')
    expect(within(picker()).getByText('Nobody matches.')).toBeInTheDocument()
  })

  it('offers only the user in the Inbox, and sends the choice with a new task', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TaskEditor open taskId={null} onClose={vi.fn()} />)
    await user.type(await screen.findByLabelText('Title'), 'Call mum')
    const mine = await screen.findByRole('checkbox', { name: 'ann (you)' })
    expect(within(picker()).getAllByRole('checkbox')).toHaveLength(1)
    await user.click(mine)
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(writes).toHaveLength(1))
    expect(writes[0]?.body).toMatchObject({ title: 'Call mum', assignee_ids: [7] })
  })

  it('starts a new task with the given assignees', async () => {
    renderWithProviders(<TaskEditor open taskId={null} defaults={{ assignees: [{ id: 7, username: 'ann' }] }} onClose={vi.fn()} />)
    expect(await screen.findByRole('checkbox', { name: 'ann (you)' })).toBeChecked()
  })
})

describe('TaskEditor: the comments tab', () => {
  it('shows the thread the app provides, and can open on it', async () => {
    const user = userEvent.setup()
    renderWithProviders(
      <TaskCommentsSlot value={({ taskId, projectId, active }) => <p>{`thread of ${taskId} in ${projectId}${active ? ' (showing)' : ''}`}</p>}>
        <TaskEditor open taskId={10} initialTab="comments" onClose={vi.fn()} />
      </TaskCommentsSlot>,
    )
    expect(await screen.findByRole('tab', { name: 'Comments', selected: true })).toBeInTheDocument()
    expect(screen.getByText('thread of 10 in 5 (showing)')).toBeVisible()
    await user.click(screen.getByRole('tab', { name: 'Details' }))
    expect(screen.getByText('thread of 10 in 5')).not.toBeVisible()
  })

  it('has no comments tab without a thread to show, and opens on Details then', async () => {
    renderWithProviders(<TaskEditor open taskId={10} initialTab="comments" onClose={vi.fn()} />)
    expect(await screen.findByRole('tab', { name: 'Details', selected: true })).toBeInTheDocument()
    expect(screen.queryByRole('tab', { name: 'Comments' })).not.toBeInTheDocument()
  })
})
