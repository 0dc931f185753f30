import { useState } from 'react'

import { Dialog } from '@/components/dialog'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { useCurrentUser } from '@/lib/auth/current-user'
import { canEditTasks, useProjects } from '@/lib/projects/projects-query'
import { browserTimeZone } from '@/lib/zoned-time'

import { useTask } from '../api/get-task'
import type { Task } from '../api/get-tasks'
import type { Person } from '../utils/task-form-values'
import { SubtasksPanel } from './subtasks-panel'
import { CreateTaskForm } from './task-editor-create'
import { EditTaskForm } from './task-editor-edit'
import { useTaskCommentsSlot } from './task-comments-slot'
import { TaskSeries } from './task-editor-series'
import { EditorTabs, type EditorTab } from './task-editor-tabs'
import { TaskHistory } from './task-history'

interface TaskEditorProps {
  open: boolean
  /** null: create a task (subtasks are added in the Subtasks tab of their parent). */
  taskId: number | null
  /** Where a new task goes (the project page's project, the board column's section); the Inbox by default. */
  defaults?: TaskDefaults
  /** The tab an existing task opens on (`comments` from a mention); Details otherwise. */
  initialTab?: string
  onClose: () => void
}

export interface TaskDefaults {
  projectId?: number | null
  sectionId?: number | null
  /** yyyy-MM-dd in the user's zone (Today's new tasks are due today). */
  dueDate?: string
  /** Who the task is given to ("Assigned to me" gives new tasks to the user). */
  assignees?: Person[]
}

/** The task form in a dialog (a full-screen sheet on phones): create, or edit with its subtasks, series and history. */
export function TaskEditor({ open, taskId, defaults, initialTab, onClose }: TaskEditorProps) {
  return (
    <Dialog open={open} title={taskId === null ? 'New task' : 'Edit task'} onClose={onClose} size="lg" sheet>
      {open && <EditorBody key={taskId ?? 'new'} taskId={taskId} defaults={defaults} initialTab={initialTab} onClose={onClose} />}
    </Dialog>
  )
}

function EditorBody({ taskId, defaults, initialTab, onClose }: Omit<TaskEditorProps, 'open'>) {
  const me = useCurrentUser()
  const task = useTask(taskId)
  // Dates are the user's wall clock: wait for their zone rather than guess it (the browser's only if it fails).
  if (me.isPending) return <Spinner label="Loading…" />
  const zone = me.data?.timezone ?? browserTimeZone()
  if (taskId === null) return <CreateTaskForm zone={zone} defaults={defaults} onClose={onClose} />
  if (task.isPending) return <Spinner label="Loading the task…" />
  if (task.isError) {
    return (
      <LoadError what="the task" error={task.error} onRetry={task.refetch} retrying={task.isFetching} />
    )
  }
  return <EditTabs task={task.data} zone={zone} meId={me.data?.id} initialTab={initialTab} onClose={onClose} />
}

interface EditTabsProps {
  task: Task
  zone: string
  meId: number | undefined
  initialTab: string | undefined
  onClose: () => void
}

function EditTabs({ task, zone, meId, initialTab, onClose }: EditTabsProps) {
  const [selected, setSelected] = useState(initialTab ?? 'details')
  const renderComments = useTaskCommentsSlot()
  // The thread is rendered (so loaded) once its tab has shown, then kept while the editor is open.
  const [commentsShown, setCommentsShown] = useState(false)
  if (selected === 'comments' && !commentsShown) setCommentsShown(true)
  const project = useProjects().data?.find((candidate) => candidate.id === task.project_id)
  const readOnly = project ? !canEditTasks(project) : false
  const subtaskCount = task.subtasks.total > 0 ? ` (${task.subtasks.completed}/${task.subtasks.total})` : ''
  const tabs: EditorTab[] = [
    { id: 'details', label: 'Details', content: <EditTaskForm task={task} zone={zone} readOnly={readOnly} onClose={onClose} /> },
    { id: 'subtasks', label: `Subtasks${subtaskCount}`, content: <SubtasksPanel parentId={task.id} /> },
  ]
  if (task.recurrence) {
    tabs.push({
      id: 'series',
      label: 'Series',
      content: <TaskSeries task={task} zone={zone} enabled={selected === 'series'} />,
    })
  }
  if (renderComments) {
    tabs.push({
      id: 'comments',
      label: 'Comments',
      content: commentsShown && renderComments({ taskId: task.id, projectId: task.project_id, active: selected === 'comments' }),
    })
  }
  tabs.push({
    id: 'history',
    label: 'History',
    content: <TaskHistory taskId={task.id} zone={zone} meId={meId} enabled={selected === 'history'} />,
  })
  const shown = tabs.some((tab) => tab.id === selected) ? selected : 'details'
  return <EditorTabs tabs={tabs} selected={shown} onSelect={setSelected} />
}
