/**
 * Drag and drop on the board: cards go to another column, columns (sections) change places. One DndContext holds
 * both; each draggable says what it is in its data, and collisions and arrow keys consider only the drop targets of
 * that kind (a card lands on a column's body, a column on another column).
 */
import {
  closestCorners,
  type CollisionDetection,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core'

export type BoardItem = { type: 'task'; taskId: number } | { type: 'column'; sectionId: number | null } | { type: 'section'; sectionId: number }

/** The kind of drop target a dragged item looks for: a card a column's body, a section another section. */
const TARGET: Record<BoardItem['type'], BoardItem['type'] | null> = { task: 'column', section: 'section', column: null }

export const cardId = (taskId: number) => `task-${taskId}`
export const columnId = (sectionId: number | null) => `column-${sectionId ?? 'none'}`
export const sectionSortId = (sectionId: number) => `section-${sectionId}`

export function itemOf(data: unknown): BoardItem | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null
  const { type } = data
  return type === 'task' || type === 'column' || type === 'section' ? (data as BoardItem) : null
}

function targetsFor(activeData: unknown, containers: readonly DroppableContainer[]): DroppableContainer[] {
  const active = itemOf(activeData)
  const wanted = active ? TARGET[active.type] : null
  return containers.filter((container) => itemOf(container.data.current)?.type === wanted)
}

/** Collisions with the targets of the dragged item's kind only. */
export const boardCollisions: CollisionDetection = (args) =>
  closestCorners({ ...args, droppableContainers: targetsFor(args.active.data.current, args.droppableContainers) })

/**
 * Left and right arrows move the dragged card or column onto the next target of its kind to that side (the board
 * reads left to right); the other keys do nothing.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = context
  // dnd-kit's KeyboardCode values, as the strings event.code has.
  const code = event.code
  if (code !== 'ArrowLeft' && code !== 'ArrowRight') {
    if (code === 'ArrowUp' || code === 'ArrowDown') event.preventDefault()
    return undefined
  }
  event.preventDefault()
  if (!active || !collisionRect) return undefined
  const targets = targetsFor(active.data.current, droppableContainers.getEnabled())
    .map((container) => ({ id: container.id, rect: droppableRects.get(container.id) }))
    .filter((target): target is { id: typeof target.id; rect: NonNullable<typeof target.rect> } => target.rect !== undefined)
    .sort((a, b) => a.rect.left - b.rect.left)
  const centre = collisionRect.left + collisionRect.width / 2
  const current =
    over && targets.some((target) => target.id === over.id)
      ? targets.findIndex((target) => target.id === over.id)
      : targets.findIndex((target) => target.rect.left <= centre && centre <= target.rect.left + target.rect.width)
  const next = targets[current + (code === 'ArrowRight' ? 1 : -1)]
  if (!next) return undefined
  return {
    x: next.rect.left + (next.rect.width - collisionRect.width) / 2,
    y: next.rect.top,
  }
}
