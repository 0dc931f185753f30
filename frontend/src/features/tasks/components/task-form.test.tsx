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

function renderForm(values: TaskFormValues) {
  const onSubmit = vi.fn()
  renderWithProviders(
    <TaskForm
      values={values}
      onChange={vi.fn()}
      onSubmit={onSubmit}
      zone="UTC"
      errors={{}}
      alert={null}
      submitLabel="Save"
      busy={false}
      onCancel={vi.fn()}
    />,
  )
  return { onSubmit }
}

describe('TaskForm', () => {
  // Browsers without a date picker let any text through; jsdom shows such a value as empty, the form still holds it.
  it('refuses a due date that does not exist instead of sending the day it rolls over to', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderForm({ ...emptyValues(), title: 'Pay rent', dueDate: '2025-02-31', dueTime: '09:00' })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('group', { name: 'Due' })).toHaveAccessibleDescription(/Not a valid date/)
    expect(screen.getByLabelText('Due date')).toBeInvalid()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('sends a real date', async () => {
    const user = userEvent.setup()
    const { onSubmit } = renderForm({ ...emptyValues(), title: 'Pay rent', dueDate: '2025-02-28', dueTime: '09:00' })
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.queryByText('Not a valid date')).not.toBeInTheDocument()
    expect(onSubmit).toHaveBeenCalled()
  })
})
