import { useEffect } from 'react'

/**
 * Global keyboard shortcuts: the app layer listens for keys and announces them here;
 * features react with `useShortcut` (features never listen to the keyboard globally themselves).
 */
export type ShortcutName = 'new-task' | 'focus-search'

const target = new EventTarget()

export function announceShortcut(name: ShortcutName): void {
  target.dispatchEvent(new Event(name))
}

export function useShortcut(name: ShortcutName, handler: () => void): void {
  useEffect(() => {
    target.addEventListener(name, handler)
    return () => target.removeEventListener(name, handler)
  }, [name, handler])
}

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/** True when a key press belongs to a field that takes typing (shortcuts must not steal it). */
export function isTyping(event: KeyboardEvent): boolean {
  const element = event.target
  if (!(element instanceof HTMLElement)) return false
  if (element instanceof HTMLInputElement) return !NOT_TYPED.has(element.type)
  return element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT'
}
