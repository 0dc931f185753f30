import type { QueryClient } from '@tanstack/react-query'

import { projectsKeys, projectsQueryOptions, useProjects, type Project } from '@/lib/projects/projects-query'

export type { Project }

/** The caller's projects: the same cache entry every feature reads through `useProjects` (src/lib/projects). */
export { projectsKeys, projectsQueryOptions, useProjects }

/** The ETag the API gives a project (`"v<version>"`), for If-Match. */
export function projectEtag(project: Pick<Project, 'version'>): string {
  return `"v${project.version}"`
}

/** Refetches every projects query (the list, members, links): after a write that changes what the caller sees. */
export function invalidateProjects(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: projectsKeys.all })
}
