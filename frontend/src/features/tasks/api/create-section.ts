import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { sectionsQueryOptions, type Section } from './get-sections'

export interface CreateSectionInput {
  projectId: number
  name: string
}

/** Adds a section at the end of the project's board (admins). Throws ApiError (403, 422). */
export async function createSection({ projectId, name }: CreateSectionInput): Promise<Section> {
  return expectData(
    await api.POST('/api/projects/{project_id}/sections', {
      params: { path: { project_id: projectId }, header: { 'Idempotency-Key': crypto.randomUUID() } },
      body: { name },
    }),
  )
}

export function useCreateSection() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createSection,
    onSuccess: (_section, { projectId }) =>
      queryClient.invalidateQueries({ queryKey: sectionsQueryOptions(projectId).queryKey }),
  })
}
