import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'

import { TaskList, type TaskListProps } from './task-list'

setupMswServer()

let tagRequests: number

beforeEach(() => {
  tagRequests = 0
  server.use(
    http.get('*/api/tags', () => {
      tagRequests += 1
      return HttpResponse.json({
        items: [
          { id: 1, name: 'home', color: '#ff8800', task_count: 2 },
          { id: 2, name: 'work', color: null, task_count: 1 },
        ],
      })
    }),
  )
})

function renderList(onMove?: TaskListProps['onMove']) {
  const tasks = [
    makeTask({ id: 1, title: 'Buy milk', tags: ['home', 'work'], assignees: [{ id: 4, username: 'bob' }, { id: 5, username: 'cy.lee' }] }),
    makeTask({ id: 2, title: 'Fix the sink', tags: ['home'] }),
    makeTask({ id: 3, title: 'Water plants', tags: ['home', 'garden'] }),
  ]
  const noop = () => undefined
  return renderWithProviders(
    <TaskList
      tasks={tasks}
      timeZone="UTC"
      now={Date.parse('2030-01-01T12:00:00Z')}
      selected={new Set()}
      busy={new Set()}
      onSelect={noop}
      onToggleComplete={noop}
      onOpen={noop}
      onDelete={noop}
      onMove={onMove}
    />,
  )
}

/** The colour dot of a tag chip, found by the chip's name; null when the chip has none. */
function swatchOf(chip: HTMLElement): HTMLElement | null {
  return chip.querySelector<HTMLElement>('[aria-hidden="true"]')
}

describe.each([
  ['plain list', undefined],
  ['sortable list', vi.fn()],
])('TaskList tag colours (%s)', (_, onMove) => {
  it('shows each tag colour as a decorative swatch, from one tags request for the whole list', async () => {
    renderList(onMove)
    const homeChips = screen.getAllByText('home')
    expect(homeChips).toHaveLength(3)
    // Until the tags are in, no chip shows a swatch.
    for (const chip of homeChips) expect(swatchOf(chip)).toBeNull()

    await waitFor(() => {
      for (const chip of screen.getAllByText('home')) expect(swatchOf(chip)).not.toBeNull()
    })
    for (const chip of screen.getAllByText('home')) {
      expect(swatchOf(chip)).toHaveStyle({ backgroundColor: '#ff8800' })
      expect(swatchOf(chip)).toHaveClass('rounded-circle', 'border')
      // The swatch adds nothing to what is read out.
      expect(chip).toHaveTextContent(/^Tag: home$/)
    }
    // A tag without a colour, and one the tags list does not know yet, show none.
    expect(swatchOf(screen.getByText('work'))).toBeNull()
    expect(swatchOf(screen.getByText('garden'))).toBeNull()
    expect(tagRequests).toBe(1)
  })
})

describe('TaskList assignees', () => {
  it('shows the people a task is given to as avatars named by their usernames', () => {
    renderList()
    const row = screen.getByRole('button', { name: 'Buy milk' }).closest('li')
    if (!row) throw new Error('no row')
    const group = within(row).getByRole('group', { name: 'Assignees' })
    expect(within(group).getByRole('img', { name: 'bob' })).toHaveTextContent('B')
    expect(within(group).getByRole('img', { name: 'cy.lee' })).toHaveAttribute('title', 'cy.lee')
    const other = screen.getByRole('button', { name: 'Fix the sink' }).closest('li')
    expect(other && within(other).queryByRole('group', { name: 'Assignees' })).toBeNull()
  })
})
