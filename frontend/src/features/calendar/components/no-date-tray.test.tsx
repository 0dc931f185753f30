import { screen, within } from '@testing-library/react'

import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'

import { NoDateTray } from './no-date-tray'

describe('NoDateTray', () => {
  it('lists the undated tasks as links that open them, ready to drag onto a day', () => {
    const tasks = [makeTask({ id: 4, title: 'Call the plumber' }), makeTask({ id: 5, title: 'Read a book' })]
    renderWithProviders(<NoDateTray tasks={tasks} complete scanned={300} />)

    const tray = screen.getByRole('region', { name: 'No date' })
    const link = within(tray).getByRole('link', { name: 'Call the plumber' })
    expect(link).toHaveAttribute('href', '/tasks/4')
    // What FullCalendar's Draggable reads when the task is dropped on a day.
    expect(link).toHaveAttribute('data-task-id', '4')
    expect(link).toHaveAttribute('data-title', 'Call the plumber')
    expect(within(tray).getAllByRole('link')).toHaveLength(2)
    expect(within(tray).getByText('Drag a task onto a day to give it that date.')).toBeInTheDocument()
    expect(within(tray).queryByText(/newest open tasks/)).not.toBeInTheDocument()
  })

  it('says when every open task has a date, and when only the newest ones were looked at', () => {
    renderWithProviders(<NoDateTray tasks={[]} complete={false} scanned={300} />)
    expect(screen.getByText('Every open task has a date.')).toBeInTheDocument()
    expect(screen.getByText('Only the undated ones among your 300 newest open tasks are listed.')).toBeInTheDocument()
  })
})
