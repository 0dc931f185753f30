import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { sectionEtag, sectionsQueryOptions, type Section } from './get-sections'
import { invalidateAfterTaskWrite } from './update-task'

/** DELETE /api/sections/{id} with If-Match (admins). Throws ApiError (403, 412). */
export async function deleteSection(section: Section): Promise<void> {
  expectData(
    await api.DELETE('/api/sections/{section_id}', {
      params: { path: { section_id: section.id }, header: { 'If-Match': sectionEtag(section) } },
    }),
  )
}

export function useDeleteSection() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteSection,
    onSuccess: (_data, section) =>
      queryClient.setQueryData<Section[]>(sectionsQueryOptions(section.project_id).queryKey, (sections) =>
        sections?.filter((other) => other.id !== section.id),
      ),
    // Its tasks changed too.
    onSettled: () => invalidateAfterTaskWrite(queryClient),
  })
}
