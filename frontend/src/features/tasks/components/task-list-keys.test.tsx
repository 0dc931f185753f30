import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'

import { goChord } from '@/lib/shortcuts'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'

import type { Task } from '../api/get-tasks'
import { TaskList } from './task-list'

setupMswServer()

beforeEach(() => {
  server.use(http.get('*/api/tags', () => HttpResponse.json({ items: [] })), http.get('*/api/projects', () => HttpResponse.json({ items: [] })))
  goChord.reset()
})

const TASKS = [
  makeTask({ id: 1, title: 'Buy milk' }),
  makeTask({ id: 2, title: 'Fix the sink' }),
  makeTask({ id: 3, title: 'Water plants' }),
]

/** The list as a page uses it: completing or deleting takes the task out, the selection is kept here. */
function Harness({ calls }: { calls: string[] }) {
  const [tasks, setTasks] = useState<readonly Task[]>(TASKS)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const remove = (verb: string) => (task: Task) => {
    calls.push(`${verb} ${task.title}`)
    setTasks((current) => current.filter((other) => other.id !== task.id))
  }
  const selectMany = (chosen: Task[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const task of chosen) {
        if (on) next.add(task.id)
        else next.delete(task.id)
      }
      return next
    })
  return (
    <>
      <label>
        Note <input />
      </label>
      <TaskList
        tasks={tasks}
        timeZone="UTC"
        now={Date.parse('2030-01-01T12:00:00Z')}
        selected={selected}
        busy={new Set()}
        onSelect={(task, on) => selectMany([task], on)}
        onSelectMany={selectMany}
        onToggleComplete={remove('complete')}
        onOpen={(task) => calls.push(`open ${task.title}`)}
        onDelete={remove('delete')}
      />
    </>
  )
}

const title = (name: string) => screen.getByRole('button', { name })

function setup() {
  const calls: string[] = []
  const user = userEvent.setup()
  renderWithProviders(<Harness calls={calls} />)
  return { calls, user }
}

describe('the task list by keyboard', () => {
  it('is one tab stop, moved with j/k, the arrows, Home and End', async () => {
    const { user } = setup()
    await user.click(screen.getByLabelText('Note'))
    await user.tab()
    expect(title('Buy milk')).toHaveFocus()
    expect(title('Fix the sink')).toHaveAttribute('tabindex', '-1')
    expect(screen.getByRole('checkbox', { name: 'Select Buy milk' })).toHaveAttribute('tabindex', '-1')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Actions for Buy milk' })).toHaveFocus()
    await user.tab({ shift: true })
    await user.keyboard('j')
    expect(title('Fix the sink')).toHaveFocus()
    expect(title('Fix the sink')).toHaveAttribute('tabindex', '0')
    expect(title('Buy milk')).toHaveAttribute('tabindex', '-1')
    await user.keyboard('{ArrowDown}')
    expect(title('Water plants')).toHaveFocus()
    await user.keyboard('j')
    expect(title('Water plants')).toHaveFocus()
    await user.keyboard('k{Home}')
    expect(title('Buy milk')).toHaveFocus()
    await user.keyboard('{End}{ArrowUp}')
    expect(title('Fix the sink')).toHaveFocus()
  })

  it('opens with Enter and e', async () => {
    const { calls, user } = setup()
    title('Fix the sink').focus()
    await user.keyboard('{Enter}e')
    expect(calls).toEqual(['open Fix the sink', 'open Fix the sink'])
  })

  it('after completing or deleting, focuses the next row, or the previous one at the end', async () => {
    const { calls, user } = setup()
    title('Fix the sink').focus()
    await user.keyboard('x')
    expect(calls).toEqual(['complete Fix the sink'])
    expect(title('Water plants')).toHaveFocus()
    await user.keyboard('#')
    expect(calls).toEqual(['complete Fix the sink', 'delete Water plants'])
    expect(title('Buy milk')).toHaveFocus()
    expect(title('Buy milk')).toHaveAttribute('tabindex', '0')
  })

  it('focuses the next row after completing with the ring or the row menu too', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Mark Buy milk complete' }))
    expect(title('Fix the sink')).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Actions for Fix the sink' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(title('Water plants')).toHaveFocus()
  })

  it('selects with Space, extends with Shift+j and Shift+click', async () => {
    const { user } = setup()
    title('Buy milk').focus()
    await user.keyboard(' ')
    expect(screen.getByRole('checkbox', { name: 'Select Buy milk' })).toBeChecked()
    await user.keyboard('{Shift>}J{/Shift}')
    expect(screen.getByRole('checkbox', { name: 'Select Fix the sink' })).toBeChecked()
    expect(title('Fix the sink')).toHaveFocus()
    await user.keyboard(' ')
    expect(screen.getByRole('checkbox', { name: 'Select Fix the sink' })).not.toBeChecked()
    // Shift+click selects from the row last selected on its own (Fix the sink) to the one clicked.
    await user.click(screen.getByRole('checkbox', { name: 'Select Buy milk' }))
    await user.keyboard('{Shift>}')
    await user.click(screen.getByRole('checkbox', { name: 'Select Water plants' }))
    await user.keyboard('{/Shift}')
    for (const name of ['Buy milk', 'Fix the sink', 'Water plants']) {
      expect(screen.getByRole('checkbox', { name: `Select ${name}` })).toBeChecked()
    }
  })

  it('leaves keys alone while typing, and gives way to a g chord', async () => {
    const { calls, user } = setup()
    await user.type(screen.getByLabelText('Note'), 'jx#')
    expect(screen.getByLabelText('Note')).toHaveValue('jx#')
    title('Buy milk').focus()
    goChord.read('g')
    await user.keyboard('c')
    expect(calls).toEqual([])
    expect(title('Buy milk')).toHaveFocus()
  })
})
