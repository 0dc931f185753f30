import { useCallback, useRef, type FocusEvent, type KeyboardEvent } from 'react'

import { goChord, isTyping, useShortcut } from '@/lib/shortcuts'

import type { Task } from '../api/get-tasks'
import { listKeyAction, type ListKeyAction } from '../utils/list-keys'
import { neighbourOf, rangeOf, stepFrom, useRovingFocus } from './use-roving-focus'

export interface TaskListKeysOptions {
  tasks: readonly Task[]
  /** Tasks can be selected for bulk actions here. */
  selectable: boolean
  selected: ReadonlySet<number>
  /** The user may not change the task (viewer, archived project). */
  readOnly: (task: Task) => boolean
  onOpen: (task: Task) => void
  onToggleComplete: (task: Task) => void
  onDelete: (task: Task) => void
  onSelect: (task: Task, selected: boolean) => void
  /** Adds (or removes) several tasks at once: Shift+click and Shift+j/k. */
  onSelectMany?: ((tasks: Task[], selected: boolean) => void) | undefined
}

/**
 * The task list's keyboard: a roving tab stop over its rows, j/k and the arrows to move, Enter/e to open, x/c to
 * complete, # to delete, Space and Shift+j/k to select; after a task is completed or deleted, focus goes to the
 * next row (the previous one at the end), never to the page.
 */
export function useTaskListKeys(options: TaskListKeysOptions) {
  const { tasks, selectable, selected, readOnly, onOpen, onToggleComplete, onDelete, onSelect, onSelectMany } = options
  const ids = tasks.map((task) => task.id)
  const roving = useRovingFocus(ids)
  const listRef = useRef<HTMLUListElement>(null)
  // Where a Shift+click range starts: the row last selected or unselected on its own.
  const anchor = useRef<number | null>(null)
  const byId = (id: number | undefined) => tasks.find((task) => task.id === id)
  const { focus, active } = roving

  // "Skip to tasks" (the app layer): the first list on the page takes focus, the others leave it there.
  useShortcut(
    'focus-tasks',
    useCallback(() => {
      if (document.activeElement?.closest('[data-task-list]')) return
      if (active !== null) focus(active)
    }, [active, focus]),
  )

  /** Runs an action that takes `task` out of reach, then focuses its neighbour when focus was in the list. */
  const leave = (task: Task, act: (task: Task) => void) => {
    const next = neighbourOf(ids, task.id)
    const hadFocus = listRef.current?.contains(document.activeElement) ?? false
    act(task)
    if (hadFocus) focus(next)
  }

  const select = (task: Task, on: boolean, extend: boolean) => {
    if (extend && onSelectMany && anchor.current !== null) {
      onSelectMany(rangeOf(ids, anchor.current, task.id).flatMap((id) => byId(id) ?? []), on)
    } else {
      onSelect(task, on)
      anchor.current = task.id
    }
  }

  const extendTo = (task: Task, step: number) => {
    const next = byId(stepFrom(ids, task.id, step))
    if (!next) return
    if (selectable && onSelectMany) onSelectMany([task, next].filter((one) => !readOnly(one)), true)
    focus(next.id)
  }

  const run = (action: ListKeyAction, task: Task) => {
    const editable = !readOnly(task)
    if (action === 'next' || action === 'previous') focus(stepFrom(ids, task.id, action === 'next' ? 1 : -1))
    else if (action === 'first') focus(ids[0])
    else if (action === 'last') focus(ids.at(-1))
    else if (action === 'open' || action === 'edit') onOpen(task)
    else if (action === 'complete' && editable) leave(task, onToggleComplete)
    else if (action === 'delete' && editable) leave(task, onDelete)
    else if (action === 'extend-next' || action === 'extend-previous') extendTo(task, action === 'extend-next' ? 1 : -1)
    else if (action === 'toggle-selection' && selectable && editable) select(task, !selected.has(task.id), false)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement
    if (event.defaultPrevented || isTyping(event.nativeEvent) || goChord.pending()) return
    // A drag handle's keys belong to the drag (dnd-kit's keyboard sensor).
    if (target.closest('.drag-handle')) return
    const task = byId(Number(target.closest<HTMLElement>('[data-task-id]')?.dataset.taskId))
    // On the row's own tab stop (its title), Enter opens and Space selects; on its other controls they keep theirs.
    const action = task ? listKeyAction(event, target.hasAttribute('data-row-focus')) : null
    if (!task || !action) return
    event.preventDefault()
    run(action, task)
  }

  // Focus that lands in a row by other means (a click, Tab into its controls) makes it the list's tab stop.
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const id = Number((event.target as HTMLElement).closest<HTMLElement>('[data-task-id]')?.dataset.taskId)
    if (ids.includes(id)) roving.setActive(id)
  }

  return { listRef, onKeyDown, onFocus, active, register: roving.register, leave, select }
}
