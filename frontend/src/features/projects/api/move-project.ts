import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { projectsKeys, type Project } from './get-projects'

export type MoveProjectInput = { id: number } & ({ beforeId: number } | { afterId: number })

/** POST /api/projects/{id}/move: the caller's own order (everyone orders their own list). Throws ApiError (404, 409, 422). */
export async function moveProject(input: MoveProjectInput): Promise<Project> {
  const body =
    'beforeId' in input ? { before_id: input.beforeId, after_id: null } : { after_id: input.afterId, before_id: null }
  return expectData(
    await api.POST('/api/projects/{project_id}/move', {
      params: { path: { project_id: input.id }, header: { 'Idempotency-Key': crypto.randomUUID() } },
      body,
    }),
  )
}

/** The list with project `id` placed right before or after its new neighbour (unchanged when either is missing). */
export function reorderProjects(projects: readonly Project[], input: MoveProjectInput): Project[] {
  const moving = projects.find((project) => project.id === input.id)
  const rest = projects.filter((project) => project.id !== input.id)
  const anchor = rest.findIndex((project) => project.id === ('beforeId' in input ? input.beforeId : input.afterId))
  if (!moving || anchor < 0) return [...projects]
  rest.splice('afterId' in input ? anchor + 1 : anchor, 0, moving)
  return rest
}

/** Moves a project in the sidebar at once; the previous order comes back when the server refuses. */
export function useMoveProject() {
  const queryClient = useQueryClient()
  return useMutation<Project, Error, MoveProjectInput, { previous: Project[] | undefined }>({
    mutationFn: moveProject,
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: projectsKeys.list() })
      const previous = queryClient.getQueryData<Project[]>(projectsKeys.list())
      if (previous) queryClient.setQueryData(projectsKeys.list(), reorderProjects(previous, input))
      return { previous }
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(projectsKeys.list(), context.previous)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: projectsKeys.list() }),
  })
}
