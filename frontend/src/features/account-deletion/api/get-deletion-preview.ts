import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type DeletionPreview = Schemas['DeletionPreview']
export type SharedProject = Schemas['SharedProjectOut']

export const deletionPreviewKeys = {
  all: ['account-deletion'] as const,
  preview: () => [...deletionPreviewKeys.all, 'preview'] as const,
}

/** What deleting the account would do: owned projects others use (each needs a decision), what goes, what stays. */
export async function getDeletionPreview(signal?: AbortSignal): Promise<DeletionPreview> {
  return expectData(await api.GET('/api/auth/me/deletion', { signal }))
}

export const deletionPreviewQueryOptions = () =>
  queryOptions({ queryKey: deletionPreviewKeys.preview(), queryFn: ({ signal }) => getDeletionPreview(signal), staleTime: 0 })

export function useDeletionPreview(enabled: boolean) {
  return useQuery({ ...deletionPreviewQueryOptions(), enabled })
}
