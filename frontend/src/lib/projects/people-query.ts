import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '../api/client'
import { expectData } from '../api/problem'
import { hasRole, projectsKeys } from './projects-query'

export type ProjectPerson = Schemas['PersonOut']

/**
 * Everyone who can see a project, directly or through a team, with their highest role: whom the task editor
 * offers to assign and the comments offer to @mention. Under `projectsKeys.all`: every project write (members,
 * team grants) refreshes it.
 */
export const peopleKeys = {
  all: [...projectsKeys.all, 'people'] as const,
  of: (projectId: number) => [...peopleKeys.all, projectId] as const,
}

export async function getPeople(projectId: number, signal?: AbortSignal): Promise<ProjectPerson[]> {
  return expectData(
    await api.GET('/api/projects/{project_id}/people', { params: { path: { project_id: projectId } }, signal }),
  ).items
}

export const peopleQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: peopleKeys.of(projectId), queryFn: ({ signal }) => getPeople(projectId, signal) })

/** The people of project `projectId`; nothing is fetched while it is null. */
export function usePeople(projectId: number | null) {
  return useQuery({ ...peopleQueryOptions(projectId ?? 0), enabled: projectId !== null })
}

/** Whether a person may edit the project's tasks, so be given them (editors and up, directly or through a team). */
export const canBeAssigned = (person: Pick<ProjectPerson, 'role'>): boolean => hasRole(person.role, 'editor')
