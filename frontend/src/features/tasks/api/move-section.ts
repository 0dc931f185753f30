import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { sectionEtag, sectionsQueryOptions, type Section } from './get-sections'

export type MoveSectionInput = { section: Section } & ({ beforeId: number } | { afterId: number })

/** Places a section right before or after another on the board (admins). Throws ApiError (403, 409, 412). */
export async function moveSection(input: MoveSectionInput): Promise<Section> {
  const body =
    'beforeId' in input ? { before_id: input.beforeId, after_id: null } : { after_id: input.afterId, before_id: null }
  return expectData(
    await api.POST('/api/sections/{section_id}/move', {
      params: {
        path: { section_id: input.section.id },
        header: { 'If-Match': sectionEtag(input.section), 'Idempotency-Key': crypto.randomUUID() },
      },
      body,
    }),
  )
}

/** The sections with `input.section` placed before or after its new neighbour. */
export function reorderSections(sections: readonly Section[], input: MoveSectionInput): Section[] {
  const rest = sections.filter((section) => section.id !== input.section.id)
  const anchor = rest.findIndex((section) => section.id === ('beforeId' in input ? input.beforeId : input.afterId))
  if (anchor < 0) return [...sections]
  rest.splice('afterId' in input ? anchor + 1 : anchor, 0, input.section)
  return rest
}

/** Moves a column at once; the previous order comes back when the server refuses. */
export function useMoveSection() {
  const queryClient = useQueryClient()
  return useMutation<Section, Error, MoveSectionInput, { previous: Section[] | undefined }>({
    mutationFn: moveSection,
    onMutate: async (input) => {
      const { queryKey } = sectionsQueryOptions(input.section.project_id)
      await queryClient.cancelQueries({ queryKey })
      const previous = queryClient.getQueryData<Section[]>(queryKey)
      if (previous) queryClient.setQueryData(queryKey, reorderSections(previous, input))
      return { previous }
    },
    onError: (_error, input, context) => {
      if (context?.previous) queryClient.setQueryData(sectionsQueryOptions(input.section.project_id).queryKey, context.previous)
    },
    onSettled: (_data, _error, input) =>
      queryClient.invalidateQueries({ queryKey: sectionsQueryOptions(input.section.project_id).queryKey }),
  })
}
