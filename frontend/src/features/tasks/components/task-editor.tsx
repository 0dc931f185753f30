import { useState } from 'react'

import { Dialog } from '@/components/dialog'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser } from '@/lib/auth/current-user'
import { canEditTasks, useProjects } from '@/lib/projects/projects-query'
import { browserTimeZone } from '@/lib/zoned-time'

import { useTask } from '../api/get-task'
import type { Task } from '../api/get-tasks'
import { SubtasksPanel } from './subtasks-panel'
import { CreateTaskForm } from './task-editor-create'
import { EditTaskForm } from './task-editor-edit'
import { TaskSeries } from './task-editor-series'
import { EditorTabs, type EditorTab } from './task-editor-tabs'
import { TaskHistory } from './task-history'

interface TaskEditorProps {
  open: boolean
  /** null: create a task (subtasks are added in the Subtasks tab of their parent). */
  taskId: number | null
  /** Where a new task goes (the project page's project, the board column's section); the Inbox by default. */
  defaults?: TaskDefaults
  onClose: () => void
}

export interface TaskDefaults {
  projectId?: number | null
  sectionId?: number | null
  /** yyyy-MM-dd in the user's zone (Today's new tasks are due today). */
  dueDate?: string
}

/** The task form in a dialog: create, or edit with its subtasks, series and history. */
export function TaskEditor({ open, taskId, defaults, onClose }: TaskEditorProps) {
  return (
    <Dialog open={open} title={taskId === null ? 'New task' : 'Edit task'} onClose={onClose} size="lg">
      {open && <EditorBody key={taskId ?? 'new'} taskId={taskId} defaults={defaults} onClose={onClose} />}
    </Dialog>
  )
}

function EditorBody({ taskId, defaults, onClose }: { taskId: number | null; defaults?: TaskDefaults; onClose: () => void }) {
  const me = useCurrentUser()
  const task = useTask(taskId)
  // Dates are the user's wall clock: wait for their zone rather than guess it (the browser's only if it fails).
  if (me.isPending) return <Spinner label="Loading…" />
  const zone = me.data?.timezone ?? browserTimeZone()
  if (taskId === null) return <CreateTaskForm zone={zone} defaults={defaults} onClose={onClose} />
  if (task.isPending) return <Spinner label="Loading the task…" />
  if (task.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        {describeError(task.error)}
      </div>
    )
  }
  return <EditTabs task={task.data} zone={zone} meId={me.data?.id} onClose={onClose} />
}

function EditTabs({ task, zone, meId, onClose }: { task: Task; zone: string; meId: number | undefined; onClose: () => void }) {
  const [selected, setSelected] = useState('details')
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
  tabs.push({
    id: 'history',
    label: 'History',
    content: <TaskHistory taskId={task.id} zone={zone} meId={meId} enabled={selected === 'history'} />,
  })
  return <EditorTabs tabs={tabs} selected={selected} onSelect={setSelected} />
}
