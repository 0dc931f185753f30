import { renderHook } from '@testing-library/react'

import { announceShortcut, createChordReader, isTyping, useShortcut } from './shortcuts'

function keyOn(element: HTMLElement): KeyboardEvent {
  document.body.append(element)
  const event = new KeyboardEvent('keydown', { key: 'n', bubbles: true })
  Object.defineProperty(event, 'target', { value: element })
  return event
}

describe('isTyping', () => {
  it.each([
    ['a text input', Object.assign(document.createElement('input'), { type: 'text' })],
    ['a search input', Object.assign(document.createElement('input'), { type: 'search' })],
    ['a date input', Object.assign(document.createElement('input'), { type: 'date' })],
    ['a textarea', document.createElement('textarea')],
    ['a select', document.createElement('select')],
  ])('is true in %s', (_name, element) => {
    expect(isTyping(keyOn(element))).toBe(true)
  })

  it.each([
    ['a checkbox', Object.assign(document.createElement('input'), { type: 'checkbox' })],
    ['a radio', Object.assign(document.createElement('input'), { type: 'radio' })],
    ['a button', document.createElement('button')],
    ['a plain element', document.createElement('div')],
  ])('is false on %s', (_name, element) => {
    expect(isTyping(keyOn(element))).toBe(false)
  })
})

describe('useShortcut', () => {
  it('runs a shortcut announced before its page mounted, once', () => {
    announceShortcut('new-task')
    const handler = vi.fn()
    const first = renderHook(() => useShortcut('new-task', handler))
    expect(handler).toHaveBeenCalledTimes(1)
    announceShortcut('new-task')
    expect(handler).toHaveBeenCalledTimes(2)
    first.unmount()
    const later = vi.fn()
    renderHook(() => useShortcut('new-task', later))
    expect(later).not.toHaveBeenCalled()
  })
})

describe('createChordReader', () => {
  function reader() {
    let now = 1000
    const chords = createChordReader('g', 1500, () => now)
    return { chords, wait: (ms: number) => (now += ms) }
  }

  it('reads g then a key within the window as a chord', () => {
    const { chords, wait } = reader()
    expect(chords.read('g')).toEqual({ consumed: true, second: null })
    expect(chords.pending()).toBe(true)
    wait(1400)
    expect(chords.read('i')).toEqual({ consumed: true, second: 'i' })
    expect(chords.pending()).toBe(false)
    expect(chords.read('i')).toEqual({ consumed: false, second: null })
  })

  it('starts afresh when the second key comes too late', () => {
    const { chords, wait } = reader()
    chords.read('g')
    wait(1501)
    expect(chords.pending()).toBe(false)
    expect(chords.read('i')).toEqual({ consumed: false, second: null })
  })

  it('ignores keys that do not start a chord', () => {
    const { chords } = reader()
    expect(chords.read('x')).toEqual({ consumed: false, second: null })
    expect(chords.pending()).toBe(false)
  })
})
