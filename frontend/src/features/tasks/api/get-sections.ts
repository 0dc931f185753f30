import { queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type Section = Schemas['SectionOut']

/** Every sections query key starts here: invalidate `sectionsKeys.all` after any section write. */
export const sectionsKeys = {
  all: ['sections'] as const,
  of: (projectId: number) => [...sectionsKeys.all, projectId] as const,
}

/** A project's sections (the board's columns), in the project's order. */
export async function getSections(projectId: number, signal?: AbortSignal): Promise<Section[]> {
  return expectData(
    await api.GET('/api/projects/{project_id}/sections', { params: { path: { project_id: projectId } }, signal }),
  ).items
}

export const sectionsQueryOptions = (projectId: number) =>
  queryOptions({ queryKey: sectionsKeys.of(projectId), queryFn: ({ signal }) => getSections(projectId, signal) })

export function useSections(projectId: number | null) {
  return useQuery({ ...sectionsQueryOptions(projectId ?? 0), enabled: projectId !== null })
}

/** The strong ETag the API gives a section (`"v<version>"`), for If-Match. */
export function sectionEtag(section: Pick<Section, 'version'>): string {
  return `"v${section.version}"`
}
