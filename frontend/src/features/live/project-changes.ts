/**
 * What the stream does about projects beyond refetching: a project taken from the user leaves at once. (A project
 * the user gains needs nothing here: the server tells their Inbox's stream, and the stream follows it from then on.)
 */
import type { QueryClient } from '@tanstack/react-query'

import { projectsQueryOptions, removeCachedProject, type Project } from '@/lib/projects/projects-query'

import { announceProjectRemoval, removalOf } from './project-removals'

/** The JSON of an event's data; null when it is not JSON. */
function parse(data: unknown): unknown {
  if (typeof data !== 'string') return null
  try {
    return JSON.parse(data) as unknown
  } catch {
    return null
  }
}

/**
 * A project that is gone for the user (a project tombstone: deleted, or their access removed) leaves the cached
 * list at once, and a page showing it is told at once, without waiting for the refetch.
 */
export function dropRemovedProject(queryClient: QueryClient, data: unknown): void {
  const cached = queryClient.getQueryData<Project[]>(projectsQueryOptions().queryKey)
  const removal = removalOf(parse(data), (id) => cached?.find((project) => project.id === id)?.name ?? null)
  if (!removal) return
  removeCachedProject(queryClient, removal.projectId)
  announceProjectRemoval(removal)
}
