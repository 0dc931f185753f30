import type { CSSProperties, ReactNode, Ref } from 'react'

import { DisclosureMenu } from '@/components/disclosure-menu'

import type { Task } from '../api/get-tasks'
import { TaskMeta } from './task-row-meta'

export interface TaskRowProps {
  task: Task
  timeZone: string
  now: number
  selected: boolean
  busy: boolean
  /** `extend`: Shift was held (select the range from the last row selected on its own). */
  onSelect: (selected: boolean, extend: boolean) => void
  onToggleComplete: () => void
  onOpen: () => void
  onDelete: () => void
  /** Each tag's colour by name; a tag not in it shows no swatch. */
  tagColors: ReadonlyMap<string, string>
  /** The task's project, shown in lists that mix projects. */
  project?: { name: string; color: string } | undefined
  /** The user may not change the task (a viewer of its project, or an archived project). */
  readOnly?: boolean
  /** Offer the checkbox that selects the task for bulk actions. */
  selectable?: boolean
  /** The row is the list's tab stop: its title, then its controls (the other rows' are out of the tab order). */
  active?: boolean
  /** Given the row's own focus element (its title), to focus it from the keyboard. */
  rowRef?: (element: HTMLElement | null) => void
  /** The drag handle, when the list can be reordered. */
  handle?: ReactNode
  itemRef?: Ref<HTMLLIElement>
  style?: CSSProperties
  dragging?: boolean
}

/**
 * One task of the list: the title first, its details on one quiet line; complete with the ring, the other actions
 * in the row's menu. The title is the row's focus (the list's roving tab stop: see useTaskListKeys).
 */
export function TaskRow(props: TaskRowProps) {
  const { task, selected, busy, onSelect, onToggleComplete, onOpen, onDelete, readOnly = false, selectable = true } = props
  const { active = false, rowRef, handle, itemRef, style, dragging = false } = props
  const completeLabel = task.completed ? `Mark ${task.title} not complete` : `Mark ${task.title} complete`
  // The list is one tab stop: the active row's title, then its menu. Selecting and completing have their keys
  // (Space, x) and the menu, so their controls stay out of the tab order.
  const inner = active ? undefined : -1
  const menu = [
    { label: 'Open', onSelect: onOpen },
    ...(readOnly
      ? []
      : [
          { label: task.completed ? 'Mark not complete' : 'Complete', onSelect: onToggleComplete },
          { label: 'Delete', onSelect: onDelete, danger: true },
        ]),
  ]
  return (
    <li
      ref={itemRef}
      style={style}
      data-task-id={task.id}
      className={`list-group-item task-row d-flex gap-2 align-items-start${selected ? ' list-group-item-primary' : ''}${dragging ? ' shadow' : ''}`}
    >
      {handle}
      {selectable && !readOnly && (
        <input
          type="checkbox"
          className="form-check-input task-row-check flex-shrink-0"
          aria-label={`Select ${task.title}`}
          tabIndex={-1}
          checked={selected}
          onChange={(event) => onSelect(event.target.checked, (event.nativeEvent as MouseEvent).shiftKey)}
        />
      )}
      <button
        type="button"
        className={`complete-toggle flex-shrink-0${task.completed ? ' is-complete' : ''}`}
        aria-label={completeLabel}
        title={completeLabel}
        tabIndex={-1}
        disabled={busy || readOnly}
        onClick={onToggleComplete}
      >
        <span aria-hidden="true">{task.completed ? '✓' : ''}</span>
      </button>
      <div className="flex-grow-1 min-w-0">
        <button
          ref={rowRef}
          type="button"
          tabIndex={active ? 0 : -1}
          data-row-focus=""
          className={`btn btn-link p-0 text-start task-title ${task.completed ? 'text-decoration-line-through text-body-secondary' : 'text-body text-decoration-none'}`}
          onClick={onOpen}
        >
          {task.title}
        </button>
        {task.completed && <span className="visually-hidden"> (completed)</span>}
        <TaskMeta task={task} timeZone={props.timeZone} now={props.now} tagColors={props.tagColors} project={props.project} />
      </div>
      <div className="task-row-actions flex-shrink-0">
        <DisclosureMenu
          label={`Actions for ${task.title}`}
          items={menu}
          tabIndex={inner}
          buttonClassName="btn btn-sm btn-link link-secondary task-row-menu"
        >
          <span aria-hidden="true">⋯</span>
        </DisclosureMenu>
      </div>
    </li>
  )
}
