import { useState } from 'react'

import type { ProjectView } from '@/features/projects/components/project-header'

const key = (projectId: number) => `taskforge.project-view.${projectId}`

/** A project page's view (list or board), remembered per project in this browser. */
export function useProjectView(projectId: number): [ProjectView, (view: ProjectView) => void] {
  const [view, setView] = useState<ProjectView>(() => (localStorage.getItem(key(projectId)) === 'board' ? 'board' : 'list'))
  const choose = (next: ProjectView) => {
    if (next === 'board') localStorage.setItem(key(projectId), next)
    else localStorage.removeItem(key(projectId))
    setView(next)
  }
  return [view, choose]
}
