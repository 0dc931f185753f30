import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { sectionEtag, sectionsQueryOptions, type Section } from './get-sections'

export interface RenameSectionInput {
  section: Section
  name: string
}

/** PATCH /api/sections/{id} with If-Match (admins). Throws ApiError (403, 412, 422). */
export async function renameSection({ section, name }: RenameSectionInput): Promise<Section> {
  return expectData(
    await api.PATCH('/api/sections/{section_id}', {
      params: { path: { section_id: section.id }, header: { 'If-Match': sectionEtag(section) } },
      body: { name },
    }),
  )
}

export function useRenameSection() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: renameSection,
    onSettled: (_data, _error, { section }) =>
      queryClient.invalidateQueries({ queryKey: sectionsQueryOptions(section.project_id).queryKey }),
  })
}
