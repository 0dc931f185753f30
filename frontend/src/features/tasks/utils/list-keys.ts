/** What a key press in the task list asks for (see the Task list group of the shortcuts help). */
export type ListKeyAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'open'
  | 'edit'
  | 'complete'
  | 'delete'
  | 'extend-next'
  | 'extend-previous'
  | 'toggle-selection'

interface KeyPress {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

const PLAIN: Record<string, ListKeyAction> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  x: 'complete',
  c: 'complete',
  e: 'edit',
  '#': 'delete',
}

const SHIFTED: Record<string, ListKeyAction> = {
  J: 'extend-next',
  j: 'extend-next',
  ArrowDown: 'extend-next',
  K: 'extend-previous',
  k: 'extend-previous',
  ArrowUp: 'extend-previous',
  '#': 'delete',
}

/**
 * The list action of a key press; `onItem`: the press is on a row itself (not on a control inside it), where
 * Enter opens the task and Space selects it (on a control they keep their own meaning).
 */
export function listKeyAction(press: KeyPress, onItem: boolean): ListKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  if (onItem && !press.shiftKey && press.key === 'Enter') return 'open'
  if (onItem && !press.shiftKey && press.key === ' ') return 'toggle-selection'
  return (press.shiftKey ? SHIFTED[press.key] : PLAIN[press.key]) ?? null
}
