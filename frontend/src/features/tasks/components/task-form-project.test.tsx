import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject, makeSection } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { TaskEditor, type TaskDefaults } from './task-editor'

setupMswServer()

let sent: { method: string; body: Record<string, unknown> }[]
let task: Schemas['TaskOut']

const projects = [
  makeInbox(),
  makeProject({ id: 5, name: 'Garden', color: '#299438' }),
  makeProject({ id: 6, name: 'Old house', archived: true }),
  makeProject({ id: 7, name: 'Book club', role: 'viewer', owner_id: 2 }),
]

beforeEach(() => {
  sent = []
  task = makeTask({ id: 10, title: 'Rake leaves', project_id: 5, section_id: 51, version: 2 })
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1 }))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/projects', () => HttpResponse.json({ items: projects })),
    http.get('*/api/projects/:id/sections', ({ params }) =>
      HttpResponse.json({
        items:
          params.id === '5'
            ? [makeSection({ id: 51, project_id: 5, name: 'Beds' }), makeSection({ id: 52, project_id: 5, name: 'Lawn' })]
            : [],
      }),
    ),
    http.get('*/api/tasks/:id', () => HttpResponse.json(task)),
    http.get('*/api/tasks/:id/subtasks', () => HttpResponse.json({ items: [] })),
    http.post('*/api/tasks', async ({ request }) => {
      sent.push({ method: 'POST', body: (await request.json()) as Record<string, unknown> })
      return HttpResponse.json(makeTask({ id: 99 }), { status: 201 })
    }),
    http.patch('*/api/tasks/:id', async ({ request }) => {
      sent.push({ method: 'PATCH', body: (await request.json()) as Record<string, unknown> })
      return HttpResponse.json({ ...task, version: 3 })
    }),
  )
})

function renderEditor(taskId: number | null, defaults?: TaskDefaults) {
  renderWithProviders(<TaskEditor open taskId={taskId} defaults={defaults} onClose={() => undefined} />)
  return screen.getByRole('dialog')
}

const optionNames = (select: HTMLElement) => within(select).getAllByRole('option').map((option) => option.textContent)

describe('the task editor’s project and section', () => {
  it('offers the projects the user may add tasks to, then that project’s sections', async () => {
    const user = userEvent.setup()
    const dialog = renderEditor(null)
    const project = await within(dialog).findByLabelText('Project')
    await waitFor(() => expect(optionNames(project)).toEqual(['Inbox', 'Garden']))
    expect(project).toHaveValue('1')
    await user.selectOptions(project, 'Garden')
    const section = within(dialog).getByLabelText('Section')
    await waitFor(() => expect(optionNames(section)).toEqual(['No section', 'Beds', 'Lawn']))
    await user.selectOptions(section, 'Lawn')
    await user.type(within(dialog).getByLabelText('Title'), 'Mow{Enter}')
    await waitFor(() => expect(sent).toHaveLength(1))
    expect(sent[0]?.body).toMatchObject({ title: 'Mow', project_id: 5, section_id: 52 })
  })

  it('starts in the project and section it is opened from', async () => {
    const dialog = renderEditor(null, { projectId: 5, sectionId: 51 })
    await waitFor(() => expect(within(dialog).getByLabelText('Section')).toHaveValue('51'))
    expect(within(dialog).getByLabelText('Project')).toHaveValue('5')
  })

  it('moves a task to another project, without its section', async () => {
    const user = userEvent.setup()
    const dialog = renderEditor(10)
    const project = await within(dialog).findByLabelText('Project')
    await waitFor(() => expect(within(dialog).getByLabelText('Section')).toHaveValue('51'))
    await user.selectOptions(project, 'Inbox')
    expect(within(dialog).getByLabelText('Section')).toHaveValue('')
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent).toEqual([{ method: 'PATCH', body: { project_id: 1, section_id: null } }]))
  })

  it('shows a task of a project the user only views, without letting it change', async () => {
    task = makeTask({ id: 10, title: 'Read chapter 3', project_id: 7 })
    const dialog = renderEditor(10)
    expect(await within(dialog).findByText(/You can see this task but not change it/)).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Title')).toBeDisabled()
    // Its own project stays shown, though the user may not add tasks to it.
    expect(within(dialog).getByLabelText('Project')).toHaveValue('7')
    expect(within(dialog).queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument()
    // The dialog's own close button, and the form's Close in place of Cancel.
    expect(within(dialog).getAllByRole('button', { name: 'Close' })).toHaveLength(2)
  })

  it('has no project or section for a subtask, which lives in its parent’s project', async () => {
    task = makeTask({ id: 10, title: 'Buy bulbs', project_id: 5, parent_id: 3 })
    const dialog = renderEditor(10)
    await within(dialog).findByLabelText('Title')
    expect(within(dialog).queryByLabelText('Project')).not.toBeInTheDocument()
    expect(within(dialog).queryByLabelText('Section')).not.toBeInTheDocument()
  })
})

describe('the task editor’s project and section when they do not load', () => {
  const broken = () =>
    HttpResponse.json(
      { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Something broke.', request_id: 'r' },
      { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
    )

  it('says the projects could not load, and Retry loads them', async () => {
    const user = userEvent.setup()
    server.use(http.get('*/api/projects', broken))
    const dialog = renderEditor(null)
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Could not load your projects. Something broke.')

    server.use(http.get('*/api/projects', () => HttpResponse.json({ items: projects })))
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(optionNames(within(dialog).getByLabelText('Project'))).toEqual(['Inbox', 'Garden']))
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says a project’s sections could not load, and Retry loads them', async () => {
    const user = userEvent.setup()
    server.use(http.get('*/api/projects/:id/sections', broken))
    const dialog = renderEditor(null, { projectId: 5 })
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the project’s sections. Something broke.')

    server.use(
      http.get('*/api/projects/:id/sections', () =>
        HttpResponse.json({ items: [makeSection({ id: 51, project_id: 5, name: 'Beds' })] }),
      ),
    )
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(optionNames(within(dialog).getByLabelText('Section'))).toEqual(['No section', 'Beds']))
  })
})
