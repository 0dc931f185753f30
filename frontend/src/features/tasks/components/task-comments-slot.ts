import { createContext, useContext, type ReactNode } from 'react'

export interface TaskCommentsProps {
  taskId: number
  projectId: number
  /** The tab is showing (it is rendered from the first time it shows on, and kept while the editor is open). */
  active: boolean
}

/**
 * Renders a task's comments in the editor's Comments tab. The app provides it (features/comments), so this
 * feature does not import another; without it (a page outside the signed-in app) the editor has no such tab.
 */
export const TaskCommentsSlot = createContext<RenderTaskComments | null>(null)

export type RenderTaskComments = (props: TaskCommentsProps) => ReactNode

export function useTaskCommentsSlot(): RenderTaskComments | null {
  return useContext(TaskCommentsSlot)
}
