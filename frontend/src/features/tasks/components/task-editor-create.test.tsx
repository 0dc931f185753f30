import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { TaskEditor } from './task-editor'

setupMswServer()

interface Post {
  body: Record<string, unknown>
  key: string | null
}

let posts: Post[]
let answers: ((post: Post) => Response)[]

const me = makeUser({ id: 7, username: 'ann', timezone: 'America/New_York' })
const tags = [
  { id: 1, name: 'home', color: '#198754', task_count: 3 },
  { id: 2, name: 'homework', color: '#0d6efd', task_count: 1 },
  { id: 3, name: 'work', color: '#dc3545', task_count: 5 },
]

beforeEach(() => {
  posts = []
  answers = []
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(me)),
    http.get('*/api/tags', () => HttpResponse.json({ items: tags })),
    http.get('*/api/tasks', () => HttpResponse.json({ items: [], page: 1, pages: 0, per_page: 20, total: 0, next_cursor: null })),
    http.post('*/api/tasks', async ({ request }) => {
      const post = { body: (await request.json()) as Record<string, unknown>, key: request.headers.get('Idempotency-Key') }
      posts.push(post)
      const answer = answers.shift()
      return answer ? answer(post) : HttpResponse.json(makeTask({ id: 99, title: String(post.body.title) }), { status: 201 })
    }),
  )
})

function renderEditor() {
  const onClose = vi.fn()
  const view = renderWithProviders(<TaskEditor open taskId={null} onClose={onClose} />)
  return { ...view, onClose }
}

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'Error', detail: 'It failed.', status, request_id: 'r', ...extra }, { status })

describe('TaskEditor: create', () => {
  it('focuses the title, converts the due date from the user zone to UTC and sends an Idempotency-Key', async () => {
    const user = userEvent.setup()
    const { onClose } = renderEditor()
    const title = await screen.findByLabelText('Title')
    expect(title).toHaveFocus()
    expect(screen.getByText(/America\/New_York/)).toBeInTheDocument()

    await user.type(title, 'Pay rent')
    await user.type(screen.getByLabelText('Description'), 'Before <b>noon</b>')
    await user.selectOptions(screen.getByLabelText('Priority'), 'High')
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-03-10' } })
    expect(screen.getByLabelText('Due time')).toHaveValue('09:00')
    await user.click(screen.getByRole('button', { name: 'Create task' }))

    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]?.body).toEqual({
      title: 'Pay rent',
      description: 'Before <b>noon</b>',
      priority: 3,
      due_date: '2026-03-10T13:00:00.000Z',
      tags: [],
      recurrence: null,
      reminders: [],
      completed: false,
      parent_id: null,
      project_id: null,
      section_id: null,
      assignee_ids: [],
    })
    expect(posts[0]?.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(await screen.findByText('Task created')).toBeInTheDocument()
    expect(onClose).toHaveBeenCalled()
  })

  it('submits on Enter in the title, as a top-level task', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.type(await screen.findByLabelText('Title'), 'Step one{Enter}')
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]?.body).toMatchObject({ title: 'Step one', parent_id: null })
  })

  it('asks for a title without calling the API', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.click(await screen.findByRole('button', { name: 'Create task' }))
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Enter a title.')
    expect(posts).toHaveLength(0)
  })

  it('reuses the Idempotency-Key when the same submission is retried, and makes a new one for changed input', async () => {
    const user = userEvent.setup()
    answers.push(() => problem(503), () => problem(503))
    renderEditor()
    await user.type(await screen.findByLabelText('Title'), 'Pay rent')
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('It failed.')
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(posts).toHaveLength(2))
    expect(posts[1]?.key).toBe(posts[0]?.key)

    await user.type(screen.getByLabelText('Title'), '!')
    await user.click(await screen.findByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(posts).toHaveLength(3))
    expect(posts[2]?.key).not.toBe(posts[0]?.key)
  })

  it('shows 422 field errors under their fields', async () => {
    const user = userEvent.setup()
    answers.push(() =>
      problem(422, {
        errors: [
          { field: 'title', message: 'String should have at most 200 characters' },
          { field: 'recurrence.rrule', message: 'FREQ is required, e.g. FREQ=WEEKLY' },
          // A reminder is one of two shapes: the API reports how it fails as each (the form shows the one sent).
          { field: 'reminders[0].ReminderAt.at', message: 'Field required' },
          { field: 'reminders[0].ReminderAt.before_due', message: 'Extra inputs are not permitted' },
          { field: 'reminders[0].ReminderBeforeDue.before_due', message: 'Input should be less than or equal to 40320' },
          { field: 'parent_id', message: 'no task with that id' },
        ],
      }),
    )
    renderEditor()
    await user.type(await screen.findByLabelText('Title'), 'Pay rent')
    await user.click(screen.getByRole('button', { name: 'Add reminder' }))
    await user.click(screen.getByRole('button', { name: 'Create task' }))

    const title = screen.getByLabelText('Title')
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'))
    expect(title).toHaveAccessibleDescription('Use up to 200 characters.')
    expect(title).toHaveFocus()
    expect(screen.getByLabelText('Advanced: raw RRULE')).toHaveAccessibleDescription('FREQ is required, e.g. FREQ=WEEKLY.')
    expect(screen.getByLabelText('Reminder 1 amount')).toHaveAccessibleDescription(
      'A reminder can be at most 4 weeks before the due date.',
    )
    // A field the form does not have: in the alert, named by its label.
    expect(screen.getByRole('alert')).toHaveTextContent('Parent task: That task is gone, or you may not see it.')
  })

  it('builds a weekly rule with the friendly editor and shows it in words and dates', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.type(await screen.findByLabelText('Title'), 'Gym')
    await user.selectOptions(screen.getByLabelText('Repeats'), 'Weekly')
    expect(screen.getByText(/needs a due date/)).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-03-09' } })
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }))
    await user.click(screen.getByRole('checkbox', { name: 'Wednesday' }))
    await user.clear(screen.getByLabelText('Every'))
    await user.type(screen.getByLabelText('Every'), '2')
    await user.click(screen.getByRole('radio', { name: 'Repeat from when I complete it' }))

    expect(screen.getByLabelText('Advanced: raw RRULE')).toHaveValue('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE')
    expect(screen.getByText('Every 2 weeks on Monday, Wednesday')).toBeInTheDocument()
    expect(screen.getByText(/Next dates: Mon 9 Mar 2026, 09:00; Wed 11 Mar 2026, 09:00; Mon 23 Mar 2026, 09:00/)).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('Ends'), 'After a number of times')
    await user.clear(screen.getByLabelText('Times'))
    await user.type(screen.getByLabelText('Times'), '6')
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]?.body.recurrence).toEqual({ rrule: 'FREQ=WEEKLY;COUNT=6;INTERVAL=2;BYDAY=MO,WE', anchor: 'completion' })
  })

  it('reads a raw rule back into the friendly editor, and keeps a custom one as typed', async () => {
    const user = userEvent.setup()
    renderEditor()
    const raw = await screen.findByLabelText('Advanced: raw RRULE')
    fireEvent.change(raw, { target: { value: 'FREQ=MONTHLY;BYDAY=-1FR' } })
    expect(screen.getByLabelText('Repeats')).toHaveValue('monthly')
    expect(screen.getByRole('radio', { name: /On a weekday of the month/ })).toBeChecked()
    expect(screen.getByLabelText('Which one')).toHaveValue('-1')
    expect(screen.getByLabelText('Weekday')).toHaveValue('FR')

    const custom = 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'
    fireEvent.change(raw, { target: { value: custom } })
    expect(screen.getByLabelText('Repeats')).toHaveValue('custom')
    expect(screen.getByText('Custom rule', { selector: 'p' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Title'), 'Payroll')
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-03-31' } })
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]?.body.recurrence).toEqual({ rrule: custom, anchor: 'due' })
  })

  it('sends reminders before the due date and at a time in the user zone', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.type(await screen.findByLabelText('Title'), 'Call')
    fireEvent.change(screen.getByLabelText('Due date'), { target: { value: '2026-03-10' } })
    await user.click(screen.getByRole('button', { name: 'Add reminder' }))
    await user.clear(screen.getByLabelText('Reminder 1 amount'))
    await user.type(screen.getByLabelText('Reminder 1 amount'), '60')
    await user.selectOptions(screen.getByLabelText('Reminder 1 unit'), 'minutes')
    await user.click(screen.getByRole('button', { name: 'Add reminder' }))
    await user.selectOptions(screen.getByLabelText('Reminder 2 type'), 'At a date and time')
    fireEvent.change(screen.getByLabelText('Reminder 2 date'), { target: { value: '2026-03-09' } })
    fireEvent.change(screen.getByLabelText('Reminder 2 time'), { target: { value: '20:15' } })
    await user.click(screen.getByRole('button', { name: 'Add reminder' }))
    await user.click(screen.getByRole('button', { name: 'Remove reminder 3' }))
    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]?.body.reminders).toEqual([{ before_due: 60 }, { at: '2026-03-10T00:15:00.000Z' }])
  })

  it('suggests tags from /api/tags and adds new names too', async () => {
    const user = userEvent.setup()
    renderEditor()
    await user.type(await screen.findByLabelText('Title'), 'Tidy')
    const input = screen.getByRole('combobox', { name: 'Tags' })
    await user.type(input, 'ho')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    const listbox = screen.getByRole('listbox', { name: 'Tag suggestions' })
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'home',
      'homework',
      'Create tag “ho”',
    ])
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-activedescendant', within(listbox).getAllByRole('option')[0]?.id)
    await user.keyboard('{Enter}')
    await user.type(input, 'Garden{Enter}')
    await user.type(input, 'wo')
    await user.click(screen.getByRole('option', { name: 'work' }))
    expect(screen.getByRole('button', { name: 'Remove tag Garden' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Remove tag work' }))

    await user.click(screen.getByRole('button', { name: 'Create task' }))
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]?.body.tags).toEqual(['home', 'Garden'])
  })
})
