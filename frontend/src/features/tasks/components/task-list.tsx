import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useQuery } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'

import { canEditTasks, projectsQueryOptions, type Project } from '@/lib/projects/projects-query'

import { tagsQueryOptions, type TagList } from '../api/get-tags'
import type { Task } from '../api/get-tasks'
import { useTaskListKeys } from '../hooks/use-task-list-keys'
import { TaskRow, type TaskRowProps } from './task-row'
import './task-list.css'

type RowHandlers = Omit<
  TaskRowProps,
  | 'task'
  | 'selected'
  | 'busy'
  | 'handle'
  | 'itemRef'
  | 'style'
  | 'dragging'
  | 'project'
  | 'readOnly'
  | 'selectable'
  | 'active'
  | 'rowRef'
>

export interface TaskListProps {
  tasks: readonly Task[]
  timeZone: string
  now: number
  selected: ReadonlySet<number>
  busy: ReadonlySet<number>
  onSelect: (task: Task, selected: boolean) => void
  onToggleComplete: (task: Task) => void
  onOpen: (task: Task) => void
  onDelete: (task: Task) => void
  /** Given when the list is in manual order: called after a drop with the task's new neighbour. */
  onMove?: (move: { id: number } & ({ beforeId: number } | { afterId: number })) => void
  /** Show each task's project (in lists that mix projects). */
  showProject?: boolean
  /** Offer a checkbox on each task for bulk actions (default true). */
  selectable?: boolean
  /** Adds (or removes) several tasks to the selection at once (Shift+click, Shift+j/k). */
  onSelectMany?: (tasks: Task[], selected: boolean) => void
}

type ListKeys = ReturnType<typeof useTaskListKeys>

/** The list's props plus what it loads itself and its rows' part of the keyboard. */
type ListProps = TaskListProps & {
  tagColors: ReadonlyMap<string, string>
  projects: ReadonlyMap<number, Project>
  keys: Pick<ListKeys, 'active' | 'register' | 'leave' | 'select'>
  list: ListElementProps
}

type ListElementProps = Pick<ListKeys, 'listRef' | 'onKeyDown' | 'onFocus'>

const HEX_COLOR = /^#[0-9a-f]{6}$/i
const NO_COLORS: ReadonlyMap<string, string> = new Map()
const NO_PROJECTS: ReadonlyMap<number, Project> = new Map()

/** The projects by id; module-level, so `select` keeps its result. */
function projectsById(projects: Project[]): ReadonlyMap<number, Project> {
  return new Map(projects.map((project) => [project.id, project]))
}

/** Each tag's colour by name, leaving out a tag without a usable one. Module-level, so `select` keeps its result. */
function colorsByName(tags: TagList): ReadonlyMap<string, string> {
  return new Map(tags.items.filter((tag) => HEX_COLOR.test(tag.color)).map((tag) => [tag.name, tag.color]))
}

function rowHandlers(
  props: ListProps,
  task: Task,
): RowHandlers & Pick<TaskRowProps, 'selected' | 'busy' | 'project' | 'readOnly' | 'selectable' | 'active' | 'rowRef'> {
  const project = props.projects.get(task.project_id)
  const { keys } = props
  return {
    active: keys.active === task.id,
    rowRef: keys.register(task.id),
    selectable: props.selectable ?? true,
    project: props.showProject ? project : undefined,
    readOnly: project ? !canEditTasks(project) : false,
    timeZone: props.timeZone,
    now: props.now,
    tagColors: props.tagColors,
    selected: props.selected.has(task.id),
    busy: props.busy.has(task.id),
    onSelect: (selected, extend) => keys.select(task, selected, extend),
    onToggleComplete: () => keys.leave(task, props.onToggleComplete),
    onOpen: () => props.onOpen(task),
    onDelete: () => keys.leave(task, props.onDelete),
  }
}

/** The list element: one tab stop (the active row), its keys handled here. */
function ListElement({ listRef, onKeyDown, onFocus, children }: ListElementProps & { children: ReactNode }) {
  return (
    // The rows' controls take the keys and focus (the roving tab stop is on them); the list hears them bubble up.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <ul ref={listRef} className="list-group task-list" data-task-list="" onKeyDown={onKeyDown} onFocus={onFocus}>
      {children}
    </ul>
  )
}

function SortableTaskRow({ task, ...rest }: { task: Task } & ReturnType<typeof rowHandlers>) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: task.id,
  })
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="btn btn-sm btn-outline-secondary drag-handle py-0 px-1 flex-shrink-0"
      {...attributes}
      {...listeners}
      aria-label={`Reorder ${task.title}`}
      aria-roledescription="sortable"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  )
  return (
    <TaskRow
      task={task}
      {...rest}
      handle={handle}
      itemRef={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      dragging={isDragging}
    />
  )
}

function SortableTaskList(props: ListProps & { onMove: NonNullable<TaskListProps['onMove']> }) {
  const { tasks, onMove } = props
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const ids = useMemo(() => tasks.map((task) => task.id), [tasks])

  const announcements = useMemo<Announcements>(() => {
    const title = (id: string | number) => tasks.find((task) => task.id === id)?.title ?? 'task'
    const position = (id: string | number | undefined) => ids.findIndex((other) => other === id) + 1
    return {
      onDragStart: ({ active }) => `Picked up ${title(active.id)}.`,
      onDragOver: ({ active, over }) =>
        over ? `${title(active.id)} is at position ${position(over.id)} of ${ids.length}.` : `${title(active.id)} is not over the list.`,
      onDragEnd: ({ active, over }) =>
        over ? `${title(active.id)} dropped at position ${position(over.id)} of ${ids.length}.` : `${title(active.id)} dropped.`,
      onDragCancel: ({ active }) => `Reordering ${title(active.id)} cancelled.`,
    }
  }, [tasks, ids])

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = ids.findIndex((id) => id === active.id)
    const to = ids.findIndex((id) => id === over.id)
    if (from < 0 || to < 0) return
    const id = Number(active.id)
    const neighbour = Number(over.id)
    // Moving down lands after the task it was dropped on; moving up, before it.
    onMove(from < to ? { id, afterId: neighbour } : { id, beforeId: neighbour })
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: 'To reorder, press space or enter, move with the arrow keys, then press space or enter to drop, or escape to cancel.',
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ListElement {...props.list}>
          {tasks.map((task) => (
            <SortableTaskRow key={task.id} task={task} {...rowHandlers(props, task)} />
          ))}
        </ListElement>
      </SortableContext>
    </DndContext>
  )
}

/** The tasks of one page; sortable by drag and drop (pointer or keyboard) when `onMove` is given. */
export function TaskList(props: TaskListProps) {
  // One subscription for the whole list, not one per row; until the tags are in, the chips show no colour.
  const tagColors = useQuery({ ...tagsQueryOptions(), select: colorsByName }).data ?? NO_COLORS
  const projects = useQuery({ ...projectsQueryOptions(), select: projectsById }).data ?? NO_PROJECTS
  const { listRef, onKeyDown, onFocus, ...keys } = useTaskListKeys({
    tasks: props.tasks,
    selectable: props.selectable ?? true,
    selected: props.selected,
    readOnly: (task) => {
      const project = projects.get(task.project_id)
      return project ? !canEditTasks(project) : false
    },
    onOpen: props.onOpen,
    onToggleComplete: props.onToggleComplete,
    onDelete: props.onDelete,
    onSelect: props.onSelect,
    onSelectMany: props.onSelectMany,
  })
  const list = { listRef, onKeyDown, onFocus }
  const listProps: ListProps = { ...props, tagColors, projects, keys, list }
  const { onMove } = props
  if (onMove) return <SortableTaskList {...listProps} onMove={onMove} />
  return (
    <ListElement listRef={listRef} onKeyDown={onKeyDown} onFocus={onFocus}>
      {props.tasks.map((task) => (
        <TaskRow key={task.id} task={task} {...rowHandlers(listProps, task)} />
      ))}
    </ListElement>
  )
}
