import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask, type FakeTasksApi } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { flushPendingDeletes } from '../api/delete-task'
import { TasksPage } from './tasks-page'

setupMswServer()

let api: FakeTasksApi

const RULE = { rrule: 'FREQ=DAILY', anchor: 'due' as const, occurrence: 1, series_id: 1, timezone: 'UTC' }

beforeEach(() => {
  api = fakeTasksApi([
    makeTask({ id: 1, title: 'Water plants', due_date: '2030-01-01T09:00:00Z', recurrence: RULE }),
    makeTask({ id: 2, title: 'Write report', tags: ['work'] }),
    makeTask({ id: 3, title: 'Call mum' }),
  ])
  server.use(
    ...api.handlers,
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
  )
})

afterEach(async () => {
  await act(() => flushPendingDeletes())
})

const preconditionFailed = () => HttpResponse.json({ status: 412, title: 'Precondition Failed' }, { status: 412 })

/** Completing task 1 makes its next occurrence (id 9), as the API does. */
function completionMakesNext() {
  server.use(
    http.patch('*/api/tasks/1', async ({ request }) => {
      const body = (await request.json()) as { completed?: boolean }
      api.requests.push({ method: 'PATCH', url: new URL(request.url), body, headers: request.headers })
      const task = api.tasks.find((candidate) => candidate.id === 1)
      if (!task) return HttpResponse.json({ status: 404 }, { status: 404 })
      Object.assign(task, body, { version: task.version + 1 })
      if (body.completed) {
        api.tasks.push(makeTask({ id: 9, title: 'Water plants', due_date: '2030-01-02T09:00:00Z', recurrence: RULE }))
        return HttpResponse.json(task)
      }
      if (reopenOutcome === 'next_removed') api.tasks = api.tasks.filter((candidate) => candidate.id !== 9)
      return HttpResponse.json({ ...task, reopened: { outcome: reopenOutcome, next_id: 9 } })
    }),
  )
}
let reopenOutcome: 'next_removed' | 'left_series' = 'next_removed'

describe('Undo a completion of a recurring task', () => {
  it('drops the next occurrence it removed at once and says so', async () => {
    reopenOutcome = 'next_removed'
    completionMakesNext()
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    await user.click(await screen.findByRole('button', { name: 'Mark Water plants complete' }))
    await screen.findByText('Completed “Water plants”')
    // The list is fetched again: the next occurrence shows.
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Mark Water plants/ })).toHaveLength(2))
    // From now on the list waits: only the reopen's own answer can take the occurrence away before it answers.
    let answerList: () => void = () => undefined
    const listAnswered = new Promise<void>((resolve) => (answerList = resolve))
    const [list] = api.handlers
    server.use(
      http.get('*/api/tasks', async (info) => {
        await listAnswered
        return list?.run({ request: info.request, requestId: info.requestId }).then((result) => result?.response)
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Mark Water plants/ })).toHaveLength(1))
    answerList()
    expect(
      await screen.findByText('Reopened “Water plants”. The next occurrence it had created was removed.'),
    ).toBeInTheDocument()
    const reopen = api.writes().at(-1)
    expect(reopen?.body).toEqual({ completed: false })
    expect(reopen?.headers.get('If-Match')).toBe('"v2"')
  })

  it('says when the task left the series and the next one stays', async () => {
    reopenOutcome = 'left_series'
    completionMakesNext()
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    await user.click(await screen.findByRole('button', { name: 'Mark Water plants complete' }))
    await screen.findByText('Completed “Water plants”')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(
      await screen.findByText(
        'Reopened “Water plants”. The next occurrence had been changed, so this task left the series and the next one stays.',
      ),
    ).toBeInTheDocument()
  })

  it('does not overwrite a later change made elsewhere: says so in words', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    await user.click(await screen.findByRole('button', { name: 'Mark Call mum complete' }))
    await screen.findByText('Completed “Call mum”')
    server.use(http.patch('*/api/tasks/:id', preconditionFailed, { once: true }))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(
      await screen.findByText('Not undone: “Call mum” was changed by someone else since. The list now shows the latest version.'),
    ).toBeInTheDocument()
  })
})

describe('Undo bulk actions', () => {
  async function selectTwo(user: ReturnType<typeof userEvent.setup>) {
    await user.click(await screen.findByRole('checkbox', { name: 'Select Write report' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Call mum' }))
    return screen.getByRole('region', { name: 'Selected tasks' })
  }

  it('reopens what a bulk complete completed, each with the version it returned', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    await user.click(within(await selectTwo(user)).getByRole('button', { name: 'Complete' }))
    await screen.findByText('Completed 2 tasks')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Reopened 2 tasks.')).toBeInTheDocument()
    const undos = api.writes().slice(2)
    expect(undos.map((write) => [write.url.pathname, write.body, write.headers.get('If-Match')])).toEqual(
      expect.arrayContaining([
        ['/api/tasks/2', { completed: false }, '"v2"'],
        ['/api/tasks/3', { completed: false }, '"v2"'],
      ]),
    )
  })

  it('puts back each task’s previous tags after a bulk tag', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    const bulk = await selectTwo(user)
    await user.type(within(bulk).getByRole('combobox', { name: 'Tag to add' }), 'urgent')
    await user.click(within(bulk).getByRole('button', { name: 'Add tag' }))
    await screen.findByText('Tagged “urgent”: 2 tasks')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Took “urgent” off 2 tasks.')).toBeInTheDocument()
    const undos = api.writes().slice(2)
    expect(undos.map((write) => [write.url.pathname, write.body, write.headers.get('If-Match')])).toEqual(
      expect.arrayContaining([
        ['/api/tasks/2', { tags: ['work'] }, '"v2"'],
        ['/api/tasks/3', { tags: [] }, '"v2"'],
      ]),
    )
  })
})

describe('Undo a move', () => {
  it('puts a task back before the one that followed it, with the version the move returned', async () => {
    // jsdom lays nothing out: each row gets a place.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const row = this.closest('li[data-task-id]')
      const index = row?.parentElement ? Array.from(row.parentElement.children).indexOf(row) : 0
      return DOMRect.fromRect({ x: 0, y: index * 50, width: 300, height: 50 })
    })
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />, { route: '/?sort=position&order=asc' })
    const handle = await screen.findByRole('button', { name: 'Reorder Water plants' })
    handle.focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowDown}')
    await user.keyboard(' ')
    await screen.findByText('Moved “Water plants”')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Moved “Water plants” back.')).toBeInTheDocument()
    const [move, undo] = api.writes()
    expect(move?.body).toEqual({ after_id: 2, before_id: null })
    expect(undo?.url.pathname).toBe('/api/tasks/1/move')
    expect(undo?.body).toEqual({ before_id: 2, after_id: null })
    expect(undo?.headers.get('If-Match')).toBe('"v2"')
  })
})
