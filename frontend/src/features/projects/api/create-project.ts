import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { invalidateProjects, type Project } from './get-projects'

export type ProjectCreate = Schemas['ProjectCreate']

/** POST /api/projects: the caller owns it, at the end of their list. Throws ApiError (422 with field errors). */
export async function createProject(body: ProjectCreate): Promise<Project> {
  return expectData(
    await api.POST('/api/projects', { params: { header: { 'Idempotency-Key': crypto.randomUUID() } }, body }),
  )
}

export function useCreateProject() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: createProject, onSuccess: () => invalidateProjects(queryClient) })
}
