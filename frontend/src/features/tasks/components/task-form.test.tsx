import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { emptyValues, type TaskFormValues } from '../utils/task-form-values'
import { TaskForm } from './task-form'

setupMswServer()

beforeEach(() => {
  server.use(
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
  )
})

function renderForm(values: TaskFormValues, errors: Record<string, string> = {}) {
  const onSubmit = vi.fn()
  const view = renderWithProviders(
    <TaskForm
      values={values}
      onChange={vi.fn()}
      onSubmit={onSubmit}
      zone="UTC"
      errors={errors}
      alert={null}
      submitLabel="Save"
      busy={false}
      onCancel={vi.fn()}
    />,
  )
  return { onSubmit, unmount: view.unmount }
}

describe('TaskForm', () => {
  // Browsers without a date picker let any text through; jsdom shows such a value as empty, the form still holds it.
  it('refuses a due date that does not exist instead of sending the day it rolls over to', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderForm({ ...emptyValues(), title: 'Pay rent', dueDate: '2025-02-31', dueTime: '09:00' })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('group', { name: 'Due' })).toHaveAccessibleDescription(/Enter a real date and time\./)
    expect(screen.getByLabelText('Due date')).toBeInvalid()
    expect(screen.getByLabelText('Due date')).toHaveFocus()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends a real date', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderForm({ ...emptyValues(), title: 'Pay rent', dueDate: '2025-02-28', dueTime: '09:00' })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.queryByText('Enter a real date and time.')).not.toBeInTheDocument()
    expect(onSubmit).toHaveBeenCalled()
  })

  it('says under a reminder before the due date what the API would: it needs a due date', () => {
    const reminder = { key: 'r1', kind: 'before' as const, amount: 1, unit: 'hours' as const }
    const values = { ...emptyValues(), title: 'Call Bo', reminders: [reminder] }
    const hint = 'A reminder before the due date needs a due date: set one above.'
    const { unmount } = renderForm(values)
    expect(screen.getByText(hint)).toBeInTheDocument()
    unmount()

    // The API's refusal says the same; the hint steps aside while it shows.
    renderForm(values, { 'reminders[0].before_due': 'A reminder before the due date needs a due date.' })
    expect(screen.getByLabelText('Reminder 1 amount')).toHaveAccessibleDescription('A reminder before the due date needs a due date.')
    expect(screen.queryByText(hint)).not.toBeInTheDocument()
  })

  it('says at ten reminders what the API says about an eleventh', () => {
    const reminders = Array.from({ length: 10 }, (_, index) => ({ key: `r${index}`, kind: 'before' as const, amount: index, unit: 'minutes' as const }))
    renderForm({ ...emptyValues(), title: 'Launch', dueDate: '2030-01-01', dueTime: '09:00', reminders })
    expect(screen.getByRole('button', { name: 'Add reminder' })).toBeDisabled()
    expect(screen.getByText('A task can have at most 10 reminders.')).toBeInTheDocument()
  })

  it('puts the API’s errors for fields it has not in its alert, in words', () => {
    renderForm({ ...emptyValues(), title: 'Pay rent' }, { parent_id: 'Subtasks nest at most 3 levels deep.', title: 'Use up to 200 characters.' })
    expect(screen.getByRole('alert')).toHaveTextContent('Parent task: Subtasks nest at most 3 levels deep.')
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Use up to 200 characters.')
    expect(screen.getByLabelText('Title')).toHaveFocus()
  })
})
