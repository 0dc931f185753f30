import { useEffect } from 'react'

/**
 * Global keyboard shortcuts: the app layer listens for keys and announces them here;
 * features react with `useShortcut` (features never listen to the keyboard globally themselves).
 */
export type ShortcutName = 'new-task' | 'focus-search' | 'quick-add'

const target = new EventTarget()
const listening = new Map<ShortcutName, number>()
// A shortcut pressed on another page waits here until the page that handles it has mounted.
const waiting = new Set<ShortcutName>()

/** Whether a page on screen handles the shortcut. */
export function isShortcutHandled(name: ShortcutName): boolean {
  return (listening.get(name) ?? 0) > 0
}

/** Runs the shortcut where a page handles it; when none does, it waits for one to mount. */
export function announceShortcut(name: ShortcutName): void {
  if (isShortcutHandled(name)) target.dispatchEvent(new Event(name))
  else waiting.add(name)
}

export function useShortcut(name: ShortcutName, handler: () => void): void {
  useEffect(() => {
    target.addEventListener(name, handler)
    listening.set(name, (listening.get(name) ?? 0) + 1)
    if (waiting.delete(name)) handler()
    return () => {
      target.removeEventListener(name, handler)
      listening.set(name, (listening.get(name) ?? 1) - 1)
    }
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
