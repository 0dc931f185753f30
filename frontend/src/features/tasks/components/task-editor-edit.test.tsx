import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { TaskEditor } from './task-editor'

setupMswServer()

type Task = Schemas['TaskOut']

interface Write {
  method: string
  path: string
  body: Record<string, unknown>
  ifMatch: string | null
}

const me = makeUser({ id: 7, username: 'ann', timezone: 'America/New_York' })
const HTML_TITLE = '<img src=x onerror=alert(1)>'

let current: Task
let subtasks: Task[]
let writes: Write[]
let patchAnswers: (() => Response)[]

const problem = (status: number) =>
  HttpResponse.json({ type: 'about:blank', title: 'Precondition Failed', detail: 'Changed.', status, request_id: 'r' }, { status })

async function record(request: Request) {
  const write = {
    method: request.method,
    path: new URL(request.url).pathname,
    body: (await request.clone().json()) as Record<string, unknown>,
    ifMatch: request.headers.get('If-Match'),
  }
  writes.push(write)
  return write
}

beforeEach(() => {
  writes = []
  patchAnswers = []
  current = makeTask({
    id: 10,
    title: 'Pay rent',
    priority: 2,
    due_date: '2026-03-10T13:00:00Z',
    tags: ['home'],
    version: 3,
    reminders: [
      { id: 1, before_due: 60, at: null, fire_at: '2026-03-10T12:00:00Z', sent_at: '2026-03-10T12:20:00Z', late: true },
    ],
    subtasks: { total: 2, completed: 1 },
  })
  subtasks = [
    makeTask({ id: 11, parent_id: 10, title: HTML_TITLE, version: 1 }),
    makeTask({ id: 12, parent_id: 10, title: 'Find cheque book', completed: true, version: 2 }),
  ]
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(me)),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/tasks/:id', ({ params }) =>
      HttpResponse.json(Number(params.id) === current.id ? current : subtasks.find((t) => t.id === Number(params.id))),
    ),
    http.get('*/api/tasks/:id/subtasks', () => HttpResponse.json({ items: subtasks })),
    http.patch('*/api/tasks/:id', async ({ request, params }) => {
      const write = await record(request)
      const answer = patchAnswers.shift()
      if (answer) return answer()
      const target = Number(params.id) === current.id ? current : subtasks.find((t) => t.id === Number(params.id))
      return HttpResponse.json({ ...target, ...write.body, version: (target?.version ?? 0) + 1 })
    }),
    http.post('*/api/tasks', async ({ request }) => {
      const write = await record(request)
      return HttpResponse.json(makeTask({ id: 13, ...write.body }), { status: 201 })
    }),
  )
})

function renderEditor() {
  const onClose = vi.fn()
  return { ...renderWithProviders(<TaskEditor open taskId={10} onClose={onClose} />), onClose }
}

describe('TaskEditor: edit', () => {
  it('shows the task in the user zone and PATCHes only the changed fields with If-Match', async () => {
    const user = userEvent.setup()
    const { onClose } = renderEditor()
    expect(await screen.findByRole('dialog', { name: 'Edit task' })).toBeInTheDocument()
    expect(await screen.findByLabelText('Title')).toHaveValue('Pay rent')
    expect(screen.getByLabelText('Due date')).toHaveValue('2026-03-10')
    expect(screen.getByLabelText('Due time')).toHaveValue('09:00')
    expect(screen.getByLabelText('Reminder 1 amount')).toHaveValue(1)
    expect(screen.getByText(/Sent 10 Mar, 08:20 \(late\)/)).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Priority'), 'Urgent')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    await waitFor(() => expect(writes).toHaveLength(1))
    expect(writes[0]).toMatchObject({ method: 'PATCH', path: '/api/tasks/10', body: { priority: 4 }, ifMatch: '"v3"' })
    expect(await screen.findByText('Task saved')).toBeInTheDocument()
    expect(onClose).toHaveBeenCalled()
  })

  it('closes without a request when nothing changed', async () => {
    const user = userEvent.setup()
    const { onClose } = renderEditor()
    await user.click(await screen.findByRole('button', { name: 'Save changes' }))
    expect(onClose).toHaveBeenCalled()
    expect(writes).toHaveLength(0)
  })

  it('on a 412 shows the newer version and re-applies the user changes with its ETag', async () => {
    const user = userEvent.setup()
    const { onClose } = renderEditor()
    await user.selectOptions(await screen.findByLabelText('Priority'), 'Urgent')
    // Someone else renames the task meanwhile.
    current = { ...current, title: 'Pay the rent by Friday', version: 4 }
    patchAnswers.push(() => problem(412))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    const panel = await screen.findByRole('region', { name: 'Someone else changed this task' })
    const rows = within(panel).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      'FieldTheir versionYour version',
      'PriorityMediumUrgent',
      'TitlePay the rent by Friday(not changed by you)',
    ])
    expect(onClose).not.toHaveBeenCalled()

    await user.click(within(panel).getByRole('button', { name: 'Apply my changes to the new version' }))
    await waitFor(() => expect(writes).toHaveLength(2))
    expect(writes[1]).toMatchObject({ body: { priority: 4 }, ifMatch: '"v4"' })
    await waitFor(() => expect(onClose).toHaveBeenCalled())
  })

  it('on a 412 can discard the user changes for the newer version', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.clear(await screen.findByLabelText('Title'))
    await user.type(screen.getByLabelText('Title'), 'Mine')
    current = { ...current, title: 'Theirs', version: 4 }
    patchAnswers.push(() => problem(412))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    const panel = await screen.findByRole('region', { name: 'Someone else changed this task' })
    expect(within(panel).getByRole('row', { name: /Title/ })).toHaveTextContent('TitleTheirsMine')
    await user.click(within(panel).getByRole('button', { name: 'Discard my changes' }))
    expect(screen.queryByRole('region', { name: 'Someone else changed this task' })).not.toBeInTheDocument()
    expect(screen.getByLabelText('Title')).toHaveValue('Theirs')
    expect(writes).toHaveLength(1)
  })

  it('lists subtasks as text, completes them and adds new ones', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.click(await screen.findByRole('tab', { name: 'Subtasks (1/2)' }))
    const box = await screen.findByRole('checkbox', { name: HTML_TITLE })
    expect(document.querySelector('img')).toBeNull()
    await user.click(box)
    await waitFor(() => expect(writes).toHaveLength(1))
    expect(writes[0]).toMatchObject({ path: '/api/tasks/11', body: { completed: true }, ifMatch: '"v1"' })

    await user.type(screen.getByLabelText('New subtask'), 'Post it{Enter}')
    await waitFor(() => expect(writes).toHaveLength(2))
    expect(writes[1]).toMatchObject({ method: 'POST', path: '/api/tasks', body: { title: 'Post it', parent_id: 10 } })
    await waitFor(() => expect(screen.getByLabelText('New subtask')).toHaveValue(''))
  })

  it('shows every subtask toggle at once, several in flight', async () => {
    server.use(
      http.patch('*/api/tasks/:id', async ({ request }) => {
        await record(request)
        return new Promise<Response>(() => undefined)
      }),
    )
    const user = userEvent.setup()
    renderEditor()
    await user.click(await screen.findByRole('tab', { name: 'Subtasks (1/2)' }))
    await user.click(await screen.findByRole('checkbox', { name: HTML_TITLE }))
    await user.click(screen.getByRole('checkbox', { name: 'Find cheque book' }))
    expect(screen.getByRole('checkbox', { name: HTML_TITLE })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Find cheque book' })).not.toBeChecked()
    // A second click before the answer would send a stale ETag: it waits.
    await waitFor(() => expect(writes).toHaveLength(2))
    await user.click(screen.getByRole('checkbox', { name: HTML_TITLE }))
    expect(screen.getByRole('checkbox', { name: HTML_TITLE })).toBeChecked()
    expect(writes).toHaveLength(2)
  })

  it('on a 412 shows the subtask as it is now and can complete it anyway', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.click(await screen.findByRole('tab', { name: 'Subtasks (1/2)' }))
    const box = await screen.findByRole('checkbox', { name: HTML_TITLE })
    subtasks[0] = { ...(subtasks[0] ?? makeTask()), title: 'Buy stamps', version: 2 }
    patchAnswers.push(() => problem(412))
    await user.click(box)
    expect(await screen.findByText('“Buy stamps” was changed elsewhere')).toBeInTheDocument()
    expect(await screen.findByRole('checkbox', { name: 'Buy stamps' })).not.toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Complete anyway' }))
    await waitFor(() => expect(writes).toHaveLength(2))
    expect(writes[1]).toMatchObject({ path: '/api/tasks/11', body: { completed: true }, ifMatch: '"v2"' })
  })

  it('shows the history as text: who, what and when', async () => {
    const user = userEvent.setup()
    server.use(
      http.get('*/api/tasks/:id/history', () =>
        HttpResponse.json({
          items: [
            {
              id: 1, task_id: 10, project_id: 1, user_id: 7, actor: { id: 7, username: 'ann' }, action: 'create',
              at: '2026-03-01T14:00:00Z', changes: {}, request_id: 'a',
            },
            {
              id: 2, task_id: 10, project_id: 1, user_id: 8, actor: { id: 8, username: 'bob' }, action: 'update',
              at: '2026-03-02T15:30:00Z', request_id: 'b',
              changes: { title: ['Pay rent', HTML_TITLE], due_date: [null, '2026-03-10T13:00:00Z'] },
            },
          ],
          next_after: null,
        }),
      ),
    )
    renderEditor()
    await user.click(await screen.findByRole('tab', { name: 'History' }))
    const items = await screen.findAllByRole('listitem')
    expect(screen.getByText(/You/).closest('li')).toHaveTextContent('You created the task Sun 1 Mar 2026, 09:00')
    expect(screen.getByText('bob').closest('li')).toHaveTextContent('bob changed the task')
    expect(screen.getByText(`Title: “Pay rent” → “${HTML_TITLE}”`)).toBeInTheDocument()
    expect(screen.getByText('Due date: none → Tue 10 Mar 2026, 09:00')).toBeInTheDocument()
    expect(items.length).toBeGreaterThan(0)
    expect(document.querySelector('img')).toBeNull()
  })

  it('shows the saved series of a recurring task', async () => {
    const user = userEvent.setup()
    current = {
      ...current,
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', anchor: 'due', timezone: 'America/New_York', series_id: 10, occurrence: 2 },
    }
    server.use(
      http.get('*/api/tasks/:id/occurrences', () =>
        HttpResponse.json({ items: ['2026-03-10T13:00:00Z', '2026-03-17T13:00:00Z'] }),
      ),
    )
    renderEditor()
    expect(await screen.findByLabelText('Repeats')).toHaveValue('weekly')
    await user.click(screen.getByRole('tab', { name: 'Series' }))
    expect(await screen.findByText('Tue 17 Mar 2026, 09:00')).toBeInTheDocument()
    expect(screen.getByText(/occurrence 2 of the series/)).toBeInTheDocument()
  })
})
