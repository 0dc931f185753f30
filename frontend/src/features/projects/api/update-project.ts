import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import { projectEtag, projectsKeys, type Project } from './get-projects'

export type ProjectUpdate = Schemas['ProjectUpdate']

export interface UpdateProjectInput {
  project: Project
  body: ProjectUpdate
}

/**
 * PATCH /api/projects/{id}. The project's own fields are sent with If-Match on the version shown (412 when someone
 * changed it since); the caller's own `favorite` alone never conflicts. Throws ApiError (403, 404, 412, 422).
 */
export async function updateProject({ project, body }: UpdateProjectInput): Promise<Project> {
  const onlyFavorite = Object.keys(body).every((field) => field === 'favorite')
  return expectData(
    await api.PATCH('/api/projects/{project_id}', {
      params: { path: { project_id: project.id }, header: onlyFavorite ? {} : { 'If-Match': projectEtag(project) } },
      body,
    }),
  )
}

/**
 * Changes a project, shown at once in the cached list and put back on error. Archiving changes which tasks the
 * default lists hold, so everything derived from tasks is refetched after it.
 */
export function useUpdateProject() {
  const queryClient = useQueryClient()
  return useMutation<Project, Error, UpdateProjectInput, { previous: Project[] | undefined }>({
    mutationFn: updateProject,
    onMutate: async ({ project, body }) => {
      await queryClient.cancelQueries({ queryKey: projectsKeys.list() })
      const previous = queryClient.getQueryData<Project[]>(projectsKeys.list())
      queryClient.setQueryData<Project[]>(projectsKeys.list(), (projects) =>
        projects?.map((cached) => (cached.id === project.id ? { ...cached, ...body } : cached)),
      )
      return { previous }
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(projectsKeys.list(), context.previous)
    },
    onSettled: (_data, _error, { body }) =>
      'archived' in body ? invalidateUserData(queryClient) : queryClient.invalidateQueries({ queryKey: projectsKeys.all }),
  })
}
