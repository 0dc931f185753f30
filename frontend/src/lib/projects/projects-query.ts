import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '../api/client'
import { expectData } from '../api/problem'

export type Project = Schemas['ProjectOut']
export type ProjectRole = Project['role']

/**
 * The caller's projects (the Inbox first, then in their own order, archived ones included), for every feature:
 * the sidebar, the project page, the task editor's project picker and the project shown on tasks in lists that
 * mix projects (features cannot import each other; features/projects/api/get-projects.ts is this same query).
 * Every projects query key starts with `projectsKeys.all`.
 */
export const projectsKeys = {
  all: ['projects'] as const,
  list: () => [...projectsKeys.all, 'list'] as const,
}

export async function getProjects(signal?: AbortSignal): Promise<Project[]> {
  return expectData(await api.GET('/api/projects', { signal })).items
}

export const projectsQueryOptions = () =>
  queryOptions({ queryKey: projectsKeys.list(), queryFn: ({ signal }) => getProjects(signal) })

export function useProjects() {
  return useQuery(projectsQueryOptions())
}

const RANK: Record<ProjectRole, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 }

/** True when `role` is `needed` or higher (owner > admin > editor > viewer). */
export function hasRole(role: ProjectRole, needed: ProjectRole): boolean {
  return RANK[role] >= RANK[needed]
}

/** Whether the caller may add and change tasks in the project (editors and up, and never while it is archived). */
export function canEditTasks(project: Pick<Project, 'role' | 'archived'>): boolean {
  return !project.archived && hasRole(project.role, 'editor')
}

/** Takes a project out of the cached list at once (it was deleted, or the caller lost access to it). */
export function removeCachedProject(queryClient: QueryClient, id: number): void {
  queryClient.setQueryData<Project[]>(projectsKeys.list(), (projects) => projects?.filter((project) => project.id !== id))
}

/** The project page's address (the Inbox has its own, `/inbox`). */
export function projectPath(project: Pick<Project, 'id' | 'inbox'>): string {
  return project.inbox ? '/inbox' : `/projects/${project.id}`
}
