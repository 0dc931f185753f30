export type FeedKind = 'events' | 'todos'

/** The issued address with the chosen kind and project (the same secret serves every feed of its owner). */
export function feedUrl(base: string, kind: FeedKind, projectId: number | null): string {
  const url = new URL(base)
  url.searchParams.set('kind', kind)
  if (projectId === null) url.searchParams.delete('project_id')
  else url.searchParams.set('project_id', String(projectId))
  return url.toString()
}
