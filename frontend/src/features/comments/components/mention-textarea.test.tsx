import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'

import { MentionTextarea } from './mention-textarea'

const people = [
  { id: 2, username: 'bob' },
  { id: 3, username: 'bea' },
  { id: 4, username: 'cy' },
]

function Harness({ onSubmit }: { onSubmit?: () => void }) {
  const [text, setText] = useState('')
  return (
    <>
      <label htmlFor="t">Comment</label>
      <MentionTextarea id="t" value={text} onChange={setText} people={people} onSubmit={onSubmit} />
    </>
  )
}

const box = () => screen.getByRole('textbox', { name: 'Comment' })

describe('MentionTextarea', () => {
  it('offers matching people after @, moves with the arrows and inserts with Enter', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.type(box(), 'Hi @b')
    const list = screen.getByRole('listbox', { name: 'People to mention' })
    const options = screen.getAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual(['Bbob', 'Bbea'])
    expect(box()).toHaveAttribute('aria-controls', list.id)
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]?.id)
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('2 people match')

    await user.keyboard('{ArrowDown}')
    expect(box()).toHaveAttribute('aria-activedescendant', options[1]?.id)
    await user.keyboard('{ArrowDown}')
    expect(box()).toHaveAttribute('aria-activedescendant', options[0]?.id)
    await user.keyboard('{ArrowUp}')
    await user.keyboard('{Enter}')
    expect(box()).toHaveValue('Hi @bea ')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(box()).not.toHaveAttribute('aria-activedescendant')

    await user.type(box(), 'and @c')
    await user.keyboard('{Tab}')
    expect(box()).toHaveValue('Hi @bea and @cy ')
    expect(box()).toHaveFocus()
  })

  it('closes on Escape until another mention starts, and inserts a clicked name', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.type(box(), '@bo')
    expect(screen.getByRole('listbox')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(box()).toHaveValue('@bo\n')
    await user.type(box(), '@')
    await user.click(screen.getByRole('option', { name: 'cy' }))
    expect(box()).toHaveValue('@bo\n@cy ')
  })

  it('offers nothing inside an email address or when nobody matches', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.type(box(), 'bob@b')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    await user.type(box(), ' @zz')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
  })

  it('sends with Ctrl+Enter', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    render(<Harness onSubmit={onSubmit} />)
    await user.type(box(), 'Done')
    await user.keyboard('{Control>}{Enter}{/Control}')
    expect(onSubmit).toHaveBeenCalledTimes(1)
    expect(box()).toHaveValue('Done')
  })
})
