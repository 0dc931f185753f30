import { onlineManager } from '@tanstack/react-query'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useCallback } from 'react'
import { MemoryRouter, Route, Routes } from 'react-router'

import { useShortcut } from '@/lib/shortcuts'

import { BottomBar } from './bottom-bar'

const newTaskOpened = vi.fn<() => void>()

function PageWithEditor() {
  useShortcut('new-task', useCallback(() => {
    newTaskOpened()
  }, []))
  return <h1>Task list</h1>
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/" element={<PageWithEditor />} />
        <Route path="/today" element={<PageWithEditor />} />
        <Route path="/settings" element={<h1>Settings</h1>} />
      </Routes>
      <BottomBar />
    </MemoryRouter>,
  )
  return screen.getByRole('navigation', { name: 'Main views' })
}

beforeEach(() => newTaskOpened.mockClear())
afterEach(() => {
  act(() => onlineManager.setOnline(true))
})

describe('the bottom bar', () => {
  it('links the main views and marks the one on screen', () => {
    const bar = renderAt('/today')
    const links = within(bar).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Inbox', '/inbox'],
      ['Today', '/today'],
      ['Upcoming', '/upcoming'],
      ['Calendar', '/calendar'],
    ])
    expect(within(bar).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page')
    expect(within(bar).getByRole('link', { name: 'Inbox' })).not.toHaveAttribute('aria-current')
  })

  it('goes to a view', async () => {
    const user = userEvent.setup()
    const bar = renderAt('/settings')
    await user.click(within(bar).getByRole('link', { name: 'Today' }))
    expect(screen.getByRole('heading', { name: 'Task list' })).toBeInTheDocument()
    expect(within(bar).getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page')
  })

  it('opens the new task editor of the page on screen', async () => {
    const user = userEvent.setup()
    const bar = renderAt('/today')
    await user.click(within(bar).getByRole('button', { name: 'New task' }))
    expect(newTaskOpened).toHaveBeenCalledTimes(1)
  })

  it('on a page without tasks, goes to the task list, which opens its editor', async () => {
    const user = userEvent.setup()
    const bar = renderAt('/settings')
    await user.click(within(bar).getByRole('button', { name: 'New task' }))
    expect(await screen.findByRole('heading', { name: 'Task list' })).toBeInTheDocument()
    expect(newTaskOpened).toHaveBeenCalledTimes(1)
  })

  it('cannot start a new task offline', () => {
    const bar = renderAt('/today')
    act(() => onlineManager.setOnline(false))
    expect(within(bar).getByRole('button', { name: 'New task' })).toBeDisabled()
    act(() => onlineManager.setOnline(true))
    expect(within(bar).getByRole('button', { name: 'New task' })).toBeEnabled()
  })

  it('ends the page with room for itself, hidden from screen readers', () => {
    const { container } = render(
      <MemoryRouter>
        <BottomBar />
      </MemoryRouter>,
    )
    const space = container.querySelector('.tf-bottom-bar-space')
    expect(space).toHaveAttribute('aria-hidden', 'true')
  })
})
