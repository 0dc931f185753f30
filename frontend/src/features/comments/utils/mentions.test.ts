import { insertMention, matchPeople, mentionAt } from './mentions'

describe('mentionAt', () => {
  it('finds the mention the caret ends', () => {
    expect(mentionAt('Hi @bo', 6)).toEqual({ start: 3, query: 'bo' })
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionAt('(@ann.l', 7)).toEqual({ start: 1, query: 'ann.l' })
    expect(mentionAt('line\n@cy', 8)).toEqual({ start: 5, query: 'cy' })
  })

  it('ignores addresses, finished mentions and text before the caret only', () => {
    expect(mentionAt('mail bob@example.com', 20)).toBeNull()
    expect(mentionAt('@@bob', 5)).toBeNull()
    expect(mentionAt('Hi @bob and', 11)).toBeNull()
    expect(mentionAt('Hi @bob', 2)).toBeNull()
  })
})

describe('insertMention', () => {
  it('replaces what was typed with the full name and a space, and puts the caret after it', () => {
    expect(insertMention('Hi @bo', { start: 3, query: 'bo' }, 6, 'bob')).toEqual({ text: 'Hi @bob ', caret: 8 })
  })

  it('replaces the rest of the word under the caret, keeping what follows', () => {
    expect(insertMention('Hi @bo please', { start: 3, query: 'b' }, 5, 'bob')).toEqual({ text: 'Hi @bob please', caret: 8 })
  })
})

describe('matchPeople', () => {
  const people = ['bob', 'abby', 'Bea', 'cy', 'robert'].map((username, id) => ({ id, username }))

  it('puts names starting with the letters first, then those containing them, ignoring case', () => {
    expect(matchPeople(people, 'b').map((person) => person.username)).toEqual(['bob', 'Bea', 'abby', 'robert'])
    expect(matchPeople(people, 'B', 2).map((person) => person.username)).toEqual(['bob', 'Bea'])
    expect(matchPeople(people, '')).toHaveLength(5)
    expect(matchPeople(people, 'zed')).toEqual([])
  })
})
