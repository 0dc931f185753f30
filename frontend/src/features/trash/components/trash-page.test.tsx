import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { TrashPage } from './trash-page'

setupMswServer()

const item = (overrides: Partial<Schemas['TrashItem']> = {}): Schemas['TrashItem'] => ({
  id: 'task-42',
  kind: 'task',
  title: 'Buy milk',
  project_id: 1,
  project_name: 'Inbox',
  deleted_at: '2026-12-01T10:00:00Z',
  deleted_by: { id: 1, username: 'alice' },
  purge_at: '2026-12-31T10:00:00Z',
  subtask_count: 2,
  task_count: null,
  ...overrides,
})

const problem = (status: number, detail: string) =>
  HttpResponse.json({ type: 'about:blank', title: 'x', status, detail, request_id: 'r' }, { status })

let items: Schemas['TrashItem'][]

beforeEach(() => {
  items = [item(), item({ id: 'project-7', kind: 'project', title: 'Garden', project_id: 7, project_name: 'Garden', subtask_count: null, task_count: 1 })]
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ timezone: 'Europe/Berlin' }))),
    http.get('*/api/trash', () => HttpResponse.json({ items, next_after: null })),
  )
})

describe('TrashPage', () => {
  it('lists what was deleted, by whom and until when, with what comes back with it', async () => {
    renderWithProviders(<TrashPage />)
    const list = await screen.findByRole('list', { name: 'Deleted tasks and projects' })
    const [task, project] = within(list).getAllByRole('listitem')
    expect(task).toHaveTextContent('Buy milk')
    expect(task).toHaveTextContent('Task in Inbox · with 2 subtasks · deleted by alice')
    expect(task).toHaveTextContent('gone for good on 31 Dec 2026')
    expect(project).toHaveTextContent('Project · with 1 task')
  })

  it('restores an item and links to it', async () => {
    let restored = ''
    server.use(
      http.post('*/api/trash/:id/restore', ({ params }) => {
        restored = String(params.id)
        items = items.slice(1)
        return HttpResponse.json({ kind: 'task', task: makeTask({ id: 42, title: 'Buy milk' }) })
      }),
    )
    renderWithProviders(
      <Routes>
        <Route path="/" element={<TrashPage />} />
        <Route path="/tasks/:taskId" element={<p>The task page</p>} />
      </Routes>,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Restore “Buy milk”' }))
    expect(await screen.findByText(/Restored “Buy milk”/)).toBeInTheDocument()
    expect(restored).toBe('task-42')
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Restore “Buy milk”' })).not.toBeInTheDocument())
    await userEvent.click(screen.getByRole('button', { name: 'Open it' }))
    expect(await screen.findByText('The task page')).toBeInTheDocument()
  })

  it('says why a restore was refused', async () => {
    server.use(http.post('*/api/trash/:id/restore', () => problem(409, 'Its parent task is in the trash: restore that first.')))
    renderWithProviders(<TrashPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Restore “Buy milk”' }))
    expect(await screen.findByText(/Could not restore “Buy milk”\. Its parent task is in the trash: restore that first\./)).toBeInTheDocument()
  })

  it('asks before deleting one item for good, and sends nothing on Cancel', async () => {
    const purged: string[] = []
    server.use(
      http.delete('*/api/trash/:id', ({ params }) => {
        purged.push(String(params.id))
        return new HttpResponse(null, { status: 204 })
      }),
    )
    renderWithProviders(<TrashPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Delete “Garden” for good' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete “Garden” for good?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(purged).toEqual([])
    await userEvent.click(screen.getByRole('button', { name: 'Delete “Garden” for good' }))
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete “Garden” for good?' })).getByRole('button', { name: 'Delete for good' }))
    expect(await screen.findByText('Deleted “Garden” for good.')).toBeInTheDocument()
    expect(purged).toEqual(['project-7'])
  })

  it('empties the trash after asking', async () => {
    let emptied = false
    server.use(
      http.delete('*/api/trash', () => {
        emptied = true
        items = []
        return new HttpResponse(null, { status: 204 })
      }),
    )
    renderWithProviders(<TrashPage />)
    await userEvent.click(await screen.findByRole('button', { name: 'Empty trash' }))
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Empty the trash?' })).getByRole('button', { name: 'Empty trash' }))
    expect(await screen.findByText('The trash is empty.', { selector: 'p' })).toBeInTheDocument()
    expect(emptied).toBe(true)
  })

  it('shows a failed load with Retry', async () => {
    let fail = true
    server.use(http.get('*/api/trash', () => (fail ? problem(500, 'Boom.') : HttpResponse.json({ items: [], next_after: null }))))
    renderWithProviders(<TrashPage />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the trash. Boom.')
    fail = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument()
  })
})
