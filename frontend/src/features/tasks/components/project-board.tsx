import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core'
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable'
import { useCallback, useMemo, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'
import { useTimeZone } from '@/lib/auth/current-user'
import { useShortcut } from '@/lib/shortcuts'

import { usePendingDeletes } from '../api/delete-task'
import { useSections, type Section } from '../api/get-sections'
import { useTasks, type Task, type TaskListParams } from '../api/get-tasks'
import { useMoveSection } from '../api/move-section'
import { useOpenTask } from '../hooks/use-open-task'
import { boardCollisions, boardKeyboardCoordinates, itemOf, sectionSortId } from '../utils/board-dnd'
import { useNow } from '../utils/use-now'
import { AddSectionForm } from './add-section-form'
import { BoardColumn } from './board-column'
import { TaskEditor } from './task-editor'
import { QuickAdd } from './quick-add'
import { useTaskActions } from './use-task-actions'

/** The most cards a board shows (the API's largest page); the list view pages through the rest. */
const BOARD_LIMIT = 100

export interface ProjectBoardProps {
  projectId: number
  /** The user may add, change and move tasks (editors and up). */
  canEdit: boolean
  /** The user may add, rename, reorder and delete sections (admins). */
  canManage: boolean
  undoDelayMs?: number
}

function useAnnouncements(tasks: readonly Task[], sections: readonly Section[]): Announcements {
  return useMemo(() => {
    const name = (data: unknown) => {
      const item = itemOf(data)
      if (item?.type === 'task') return tasks.find((task) => task.id === item.taskId)?.title ?? 'the task'
      if (item?.type === 'column' || item?.type === 'section') {
        return item.sectionId === null ? 'No section' : (sections.find((section) => section.id === item.sectionId)?.name ?? 'the section')
      }
      return 'the item'
    }
    return {
      onDragStart: ({ active }) => `Picked up ${name(active.data.current)}.`,
      onDragOver: ({ active, over }) =>
        over ? `${name(active.data.current)} is over ${name(over.data.current)}.` : `${name(active.data.current)} is not over a column.`,
      onDragEnd: ({ active, over }) =>
        over ? `${name(active.data.current)} dropped on ${name(over.data.current)}.` : `${name(active.data.current)} dropped.`,
      onDragCancel: ({ active }) => `Moving ${name(active.data.current)} cancelled.`,
    }
  }, [tasks, sections])
}

/**
 * A project's open tasks as a board: "No section", then a column per section. Cards are dragged to another column
 * (shown there at once, put back if the server refuses); admins add, rename, reorder and delete columns.
 */
export function ProjectBoard({ projectId, canEdit, canManage, undoDelayMs = 5000 }: ProjectBoardProps) {
  const timeZone = useTimeZone()
  const now = useNow()
  const sections = useSections(projectId)
  const params = useMemo<TaskListParams>(
    () => ({ project_id: [projectId], completed: false, sort: 'position', order: 'asc', per_page: BOARD_LIMIT }),
    [projectId],
  )
  const tasks = useTasks(params)
  const hidden = usePendingDeletes()
  const actions = useTaskActions({ undoDelayMs })
  const moveSection = useMoveSection()
  const openTask = useOpenTask()
  const [editor, setEditor] = useState<{ open: boolean; taskId: number | null; sectionId: number | null }>({
    open: false,
    taskId: null,
    sectionId: null,
  })
  const openNew = useCallback((sectionId: number | null) => setEditor({ open: true, taskId: null, sectionId }), [])
  useShortcut(
    'new-task',
    useCallback(() => {
      if (canEdit) openNew(null)
    }, [canEdit, openNew]),
  )

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  )
  const visible = useMemo(() => (tasks.data?.items ?? []).filter((task) => !hidden.has(task.id)), [tasks.data, hidden])
  const columns = sections.data ?? []
  const announcements = useAnnouncements(visible, columns)

  const moveToSection = (task: Task, sectionId: number | null) =>
    actions.moveToSection(task, sectionId, columns.find((section) => section.id === sectionId)?.name ?? 'No section')

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const item = itemOf(active.data.current)
    const target = itemOf(over?.data.current)
    if (!item || !target) return
    if (item.type === 'task' && target.type === 'column') {
      const task = visible.find((candidate) => candidate.id === item.taskId)
      if (task) moveToSection(task, target.sectionId)
    } else if (item.type === 'section' && target.type === 'section' && item.sectionId !== target.sectionId) {
      const from = columns.findIndex((section) => section.id === item.sectionId)
      const to = columns.findIndex((section) => section.id === target.sectionId)
      const section = columns[from]
      if (!section || to < 0) return
      const move = from < to ? { section, afterId: target.sectionId } : { section, beforeId: target.sectionId }
      moveSection.mutate(move, { onError: (error) => toast.error(`The section could not be moved: ${describeError(error)}`) })
    }
  }

  if (sections.isPending || tasks.isPending) return <Spinner label="Loading the board…" />
  if (sections.isError || tasks.isError) {
    return (
      <LoadError
        what="the board"
        error={sections.error ?? tasks.error}
        onRetry={() => Promise.all([sections.refetch(), tasks.refetch()])}
        retrying={sections.isFetching || tasks.isFetching}
      />
    )
  }

  const partial = tasks.data.total > tasks.data.items.length
  const columnProps = {
    timeZone,
    now,
    busy: actions.busy,
    canEdit,
    canManage,
    partial,
    // A card opens at the task's own address, over the board (Back closes it), as a list's rows do.
    onOpen: (task: Task) => openTask(task.id),
    onToggleComplete: actions.toggleComplete,
    onAddTask: openNew,
  }
  return (
    <>
      {canEdit && <QuickAdd projectId={projectId} />}
      {partial && (
        <p className="small text-body-secondary">
          The board shows the first {BOARD_LIMIT} of {tasks.data.total} open tasks; the list view has them all.
        </p>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollisions}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'To move it, press space or enter, move with the left and right arrow keys, then press space or enter to drop, or escape to cancel.',
          },
        }}
      >
        <div className="board" role="region" aria-label="Board">
          <BoardColumn section={null} tasks={visible.filter((task) => task.section_id === null)} {...columnProps} />
          <SortableContext items={columns.map((section) => sectionSortId(section.id))} strategy={horizontalListSortingStrategy}>
            {columns.map((section) => (
              <BoardColumn
                key={section.id}
                section={section}
                tasks={visible.filter((task) => task.section_id === section.id)}
                {...columnProps}
              />
            ))}
          </SortableContext>
          {canManage && <AddSectionForm projectId={projectId} />}
        </div>
      </DndContext>
      <TaskEditor
        open={editor.open}
        taskId={editor.taskId}
        defaults={{ projectId, sectionId: editor.sectionId }}
        onClose={() => setEditor((current) => ({ ...current, open: false }))}
      />
    </>
  )
}
