import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { removeCachedProject } from '@/lib/projects/projects-query'
import { invalidateUserData } from '@/lib/query-client'

/** DELETE /api/projects/{id}/members/me: the caller leaves a project shared with them. Throws ApiError (409 for the owner). */
export async function leaveProject(projectId: number): Promise<void> {
  expectData(await api.DELETE('/api/projects/{project_id}/members/me', { params: { path: { project_id: projectId } } }))
}

export function useLeaveProject() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: leaveProject,
    onSuccess: (_data, projectId) => removeCachedProject(queryClient, projectId),
    // Its tasks leave every list the caller sees.
    onSettled: () => invalidateUserData(queryClient),
  })
}
