import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

/** Brings a project the caller deleted back from the trash, with its tasks. Throws ApiError (404 once purged). */
export async function restoreProject(projectId: number): Promise<void> {
  expectData(
    await api.POST('/api/trash/{item_id}/restore', { params: { path: { item_id: `project-${projectId}` } } }),
  )
}

export function useRestoreProject() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: restoreProject,
    // It is back in the sidebar, its tasks in every list and count.
    onSettled: () => invalidateUserData(queryClient),
  })
}
