import { useEffect, useSyncExternalStore } from 'react'

/**
 * Global keyboard shortcuts: the app layer listens for keys and announces them here;
 * features react with `useShortcut` (features never listen to the keyboard globally themselves).
 */
export type ShortcutName = 'new-task' | 'focus-search' | 'quick-add' | 'focus-tasks'

const target = new EventTarget()
const listening = new Map<ShortcutName, number>()
// A shortcut pressed on another page waits here until the page that handles it has mounted.
const waiting = new Set<ShortcutName>()
const watchers = new Set<() => void>()

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
    watchers.forEach((watcher) => watcher())
    if (waiting.delete(name)) handler()
    return () => {
      target.removeEventListener(name, handler)
      listening.set(name, (listening.get(name) ?? 1) - 1)
      watchers.forEach((watcher) => watcher())
    }
  }, [name, handler])
}

function watch(watcher: () => void): () => void {
  watchers.add(watcher)
  return () => watchers.delete(watcher)
}

/** Whether a page on screen handles the shortcut, kept up to date as pages mount and unmount. */
export function useShortcutHandled(name: ShortcutName): boolean {
  return useSyncExternalStore(watch, () => isShortcutHandled(name))
}

/** How long the second key of a chord (`g` then `i`) may wait after the first. */
export const CHORD_TIMEOUT_MS = 1500

/**
 * Reads two-key chords that start with `lead` (`g i`, `g t`, ...): `read` takes each key press and says whether it
 * belongs to a chord and, on the second key, which key ended it; a second key later than `timeoutMs` starts afresh.
 */
export function createChordReader(lead: string, timeoutMs = CHORD_TIMEOUT_MS, now: () => number = Date.now) {
  let since: number | null = null
  const pending = () => since !== null && now() - since <= timeoutMs
  return {
    pending,
    read(key: string): { consumed: boolean; second: string | null } {
      if (pending()) {
        since = null
        return { consumed: true, second: key }
      }
      since = key === lead ? now() : null
      return { consumed: since !== null, second: null }
    },
    reset() {
      since = null
    },
  }
}

/** The app's `g` chords (go to a view). A feature asks `goChord.pending()` so its own keys give way to them. */
export const goChord = createChordReader('g')

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'])

/** True when a key press belongs to a field that takes typing (shortcuts must not steal it). */
export function isTyping(event: KeyboardEvent): boolean {
  const element = event.target
  if (!(element instanceof HTMLElement)) return false
  if (element instanceof HTMLInputElement) return !NOT_TYPED.has(element.type)
  return element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT'
}
