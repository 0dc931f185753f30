import { useDroppable } from '@dnd-kit/core'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { CSSProperties, ReactNode, Ref } from 'react'

import { PlusIcon } from '@/components/icons'

import type { Section } from '../api/get-sections'
import type { Task } from '../api/get-tasks'
import { columnId, sectionSortId } from '../utils/board-dnd'
import { BoardCard } from './board-card'
import { SectionActions } from './board-column-header'

export interface BoardColumnProps {
  /** null: the tasks in no section. */
  section: Section | null
  tasks: readonly Task[]
  timeZone: string
  now: number
  busy: ReadonlySet<number>
  canEdit: boolean
  canManage: boolean
  /** The board holds only part of the project's open tasks: the counts would mislead. */
  partial: boolean
  onOpen: (task: Task) => void
  onToggleComplete: (task: Task) => void
  onAddTask: (sectionId: number | null) => void
}

interface FrameProps extends BoardColumnProps {
  handle?: ReactNode
  frameRef?: Ref<HTMLElement>
  style?: CSSProperties
  dragging?: boolean
}

function ColumnFrame(props: FrameProps) {
  const { section, tasks, canEdit, canManage, handle, frameRef, style, dragging = false } = props
  const sectionId = section?.id ?? null
  const { setNodeRef, isOver } = useDroppable({ id: columnId(sectionId), data: { type: 'column', sectionId } })
  const name = section?.name ?? 'No section'
  const headingId = `board-column-${sectionId ?? 'none'}`
  return (
    <section
      ref={frameRef}
      style={style}
      className={`board-column rounded-3 p-2${dragging ? ' shadow' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="d-flex align-items-center gap-1 mb-2 px-1">
        {handle}
        <h2 id={headingId} className="fs-6 fw-semibold mb-0 text-truncate">
          {name}
        </h2>
        <span className="small text-body-secondary ms-1 me-auto">
          {props.partial ? '' : tasks.length}
          <span className="visually-hidden">{props.partial ? '' : ` ${tasks.length === 1 ? 'task' : 'tasks'}`}</span>
        </span>
        {section && canManage && <SectionActions section={section} />}
      </header>
      <ul
        ref={setNodeRef}
        className={`list-unstyled board-cards d-grid gap-2 mb-2 rounded-2${isOver ? ' is-over' : ''}`}
        aria-label={`Tasks in ${name}`}
      >
        {tasks.map((task) => (
          <BoardCard
            key={task.id}
            task={task}
            timeZone={props.timeZone}
            now={props.now}
            busy={props.busy.has(task.id)}
            canEdit={canEdit}
            onOpen={() => props.onOpen(task)}
            onToggleComplete={() => props.onToggleComplete(task)}
          />
        ))}
      </ul>
      {canEdit && (
        <button
          type="button"
          className="btn btn-sm btn-link link-body-emphasis text-decoration-none w-100 text-start"
          aria-label={`Add a task to ${name}`}
          onClick={() => props.onAddTask(sectionId)}
        >
          <PlusIcon /> Add task
        </button>
      )}
    </section>
  )
}

function SortableColumn(props: BoardColumnProps & { section: Section }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: sectionSortId(props.section.id),
    data: { type: 'section', sectionId: props.section.id },
  })
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="btn btn-sm btn-link link-secondary drag-handle p-0 px-1 flex-shrink-0"
      {...attributes}
      {...listeners}
      aria-label={`Reorder section ${props.section.name}`}
      aria-roledescription="sortable"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  )
  return (
    <ColumnFrame
      {...props}
      handle={handle}
      frameRef={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      dragging={isDragging}
    />
  )
}

/** One column of the board: a section (or "No section") with its cards; admins rename, delete and drag sections. */
export function BoardColumn(props: BoardColumnProps) {
  const { section } = props
  if (section && props.canManage) return <SortableColumn {...props} section={section} />
  return <ColumnFrame {...props} />
}
