import { renderHook } from '@testing-library/react'

import { announceShortcut, isTyping, useShortcut } from './shortcuts'

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
