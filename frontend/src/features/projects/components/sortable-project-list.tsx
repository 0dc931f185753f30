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
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useMemo } from 'react'

import type { Project } from '../api/get-projects'
import type { MoveProjectInput } from '../api/move-project'
import { ProjectLink } from './project-link'

interface SortableProjectListProps {
  /** In the order shown: favourites first. */
  projects: readonly Project[]
  label: string
  onMove: (move: MoveProjectInput) => void
  onNavigate?: () => void
}

function SortableProject({ project, onNavigate }: { project: Project; onNavigate?: () => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: project.id,
  })
  return (
    <li
      ref={setNodeRef}
      className={`d-flex align-items-center project-item${isDragging ? ' shadow-sm bg-body' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="btn btn-sm btn-link link-secondary drag-handle px-1 py-0 flex-shrink-0"
        {...attributes}
        {...listeners}
        aria-label={`Reorder ${project.name}`}
        aria-roledescription="sortable"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <ProjectLink project={project} onNavigate={onNavigate} />
    </li>
  )
}

/**
 * Projects as links, reordered by dragging a handle (pointer or keyboard). Favourites stay first: a project moves
 * among the favourites or among the others, not across.
 */
export function SortableProjectList({ projects, label, onMove, onNavigate }: SortableProjectListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const ids = useMemo(() => projects.map((project) => project.id), [projects])

  const announcements = useMemo<Announcements>(() => {
    const name = (id: string | number) => projects.find((project) => project.id === id)?.name ?? 'project'
    const position = (id: string | number | undefined) => ids.findIndex((other) => other === id) + 1
    return {
      onDragStart: ({ active }) => `Picked up ${name(active.id)}.`,
      onDragOver: ({ active, over }) =>
        over ? `${name(active.id)} is at position ${position(over.id)} of ${ids.length}.` : `${name(active.id)} is not over the list.`,
      onDragEnd: ({ active, over }) =>
        over ? `${name(active.id)} dropped at position ${position(over.id)} of ${ids.length}.` : `${name(active.id)} dropped.`,
      onDragCancel: ({ active }) => `Reordering ${name(active.id)} cancelled.`,
    }
  }, [projects, ids])

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = projects.findIndex((project) => project.id === active.id)
    const to = projects.findIndex((project) => project.id === over.id)
    const moving = projects[from]
    const target = projects[to]
    if (!moving || !target || moving.favorite !== target.favorite) return
    onMove(from < to ? { id: moving.id, afterId: target.id } : { id: moving.id, beforeId: target.id })
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
        <ul className="list-unstyled mb-0" aria-label={label}>
          {projects.map((project) => (
            <SortableProject key={project.id} project={project} onNavigate={onNavigate} />
          ))}
        </ul>
      </SortableContext>
    </DndContext>
  )
}
