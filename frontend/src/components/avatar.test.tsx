import { render, screen } from '@testing-library/react'

import { Avatar, AvatarStack } from './avatar'
import { colorIndexOf, initialsOf } from './avatar-parts'

describe('Avatar', () => {
  it('shows initials, named by the username with a tooltip', () => {
    render(<Avatar user={{ id: 3, username: 'ada.lovelace' }} />)
    const avatar = screen.getByRole('img', { name: 'ada.lovelace' })
    expect(avatar).toHaveTextContent('AL')
    expect(avatar).toHaveAttribute('title', 'ada.lovelace')
    expect(avatar).toHaveClass('avatar-color-3')
  })

  it('can be decorative when the name is next to it', () => {
    const { container } = render(<Avatar user={{ id: 1, username: 'bob' }} decorative />)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true')
  })

  it('takes initials from the first two parts of a name, else its first letter', () => {
    expect(initialsOf('ada_lovelace-king')).toBe('AL')
    expect(initialsOf('bob')).toBe('B')
    expect(initialsOf('x')).toBe('X')
    expect(initialsOf('')).toBe('?')
  })

  it('gives a person the same colour every time, from their id', () => {
    expect(colorIndexOf(9)).toBe(colorIndexOf(9))
    expect(colorIndexOf(9)).toBe(1)
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(colorIndexOf)).size).toBe(8)
    expect(colorIndexOf(-1)).toBeGreaterThanOrEqual(0)
  })
})

describe('AvatarStack', () => {
  const people = ['ann', 'bob', 'cy', 'dee'].map((username, index) => ({ id: index + 1, username }))

  it('shows a few, and the rest as +N named in full', () => {
    render(<AvatarStack users={people} label="Assignees" />)
    const group = screen.getByRole('group', { name: 'Assignees' })
    expect(group).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'ann' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'bob' })).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: 'cy' })).not.toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'and 2 more: cy, dee' })).toHaveTextContent('+2')
  })

  it('shows everyone when they fit, and nothing for nobody', () => {
    const { rerender } = render(<AvatarStack users={people.slice(0, 3)} label="Assignees" />)
    expect(screen.getAllByRole('img')).toHaveLength(3)
    rerender(<AvatarStack users={[]} label="Assignees" />)
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
  })
})
