import { useCallback, useRef, useState } from 'react'

/** The id `step` places from `id` in `ids`, kept within the list (the first one when `id` is not in it). */
export function stepFrom(ids: readonly number[], id: number | null, step: number): number | undefined {
  const index = id === null ? -1 : ids.indexOf(id)
  if (index < 0) return ids[0]
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))]
}

/** Where focus goes when `id` leaves the list: the next item, or the previous one at the end. */
export function neighbourOf(ids: readonly number[], id: number): number | undefined {
  const index = ids.indexOf(id)
  if (index < 0) return undefined
  return ids[index + 1] ?? ids[index - 1]
}

/** The ids from `from` to `to` in list order, both included (just `to` when `from` is not in the list). */
export function rangeOf(ids: readonly number[], from: number | null, to: number): number[] {
  const start = from === null ? -1 : ids.indexOf(from)
  const end = ids.indexOf(to)
  if (end < 0) return []
  if (start < 0) return [to]
  return ids.slice(Math.min(start, end), Math.max(start, end) + 1)
}

/**
 * A roving tab stop over a list of items by id: exactly one item (the active one) is in the tab order, the others
 * are reached by moving. The active item is the one last focused, or the first while that one is gone.
 */
export function useRovingFocus(ids: readonly number[]) {
  const [chosen, setChosen] = useState<number | null>(null)
  const active = chosen !== null && ids.includes(chosen) ? chosen : (ids[0] ?? null)
  const elements = useRef(new Map<number, HTMLElement>())

  const focus = useCallback((id: number | undefined) => {
    if (id === undefined) return
    setChosen(id)
    elements.current.get(id)?.focus()
  }, [])

  /** A ref callback that lets the hook focus the item. */
  const register = useCallback(
    (id: number) => (element: HTMLElement | null) => {
      if (element) elements.current.set(id, element)
      else elements.current.delete(id)
    },
    [],
  )

  return { active, focus, register, setActive: setChosen }
}
