import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { removeCachedProject } from '@/lib/projects/projects-query'
import { invalidateUserData } from '@/lib/query-client'

import { projectEtag, type Project } from './get-projects'

/** DELETE /api/projects/{id} with its tasks and sections (the owner only). Throws ApiError (403, 409 Inbox, 412). */
export async function deleteProject(project: Project): Promise<void> {
  expectData(
    await api.DELETE('/api/projects/{project_id}', {
      params: { path: { project_id: project.id }, header: { 'If-Match': projectEtag(project) } },
    }),
  )
}

export function useDeleteProject() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteProject,
    onSuccess: (_data, project) => removeCachedProject(queryClient, project.id),
    // Its tasks are gone from every list and count.
    onSettled: () => invalidateUserData(queryClient),
  })
}
