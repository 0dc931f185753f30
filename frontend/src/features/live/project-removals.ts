import { useEffect, useRef } from 'react'

import type { Schemas } from '@/lib/api/client'

/** A project the user can no longer see: deleted, or their access was removed (`deleted` tombstones of the stream). */
export interface ProjectRemoval {
  projectId: number
  /** `deleted` or `access_removed` (the stream's action). */
  action: string
  /** Who did it (null: the system); the user themselves when they deleted or left it. */
  actorId: number | null
  /** The project's name, when this tab knew it. */
  name: string | null
}

type Change = Schemas['ChangeOut']
type Listener = (removal: ProjectRemoval) => void

const listeners = new Set<Listener>()

const isChange = (data: unknown): data is Change =>
  typeof data === 'object' && data !== null && 'kind' in data && 'id' in data && 'deleted' in data

/** The project a change event takes away from the user, if it does (a project tombstone). */
export function removalOf(data: unknown, nameOf: (id: number) => string | null = () => null): ProjectRemoval | null {
  if (!isChange(data) || data.kind !== 'project' || !data.deleted) return null
  return { projectId: data.id, action: data.action, actorId: data.actor_id, name: nameOf(data.id) }
}

export function announceProjectRemoval(removal: ProjectRemoval): void {
  for (const listener of listeners) listener(removal)
}

/**
 * Calls `onRemoved` the moment the stream says project `projectId` was deleted or taken from the user (a page
 * showing it has to go); `undefined` listens to nothing.
 */
export function useProjectRemoved(projectId: number | undefined, onRemoved: Listener): void {
  const latest = useRef(onRemoved)
  useEffect(() => {
    latest.current = onRemoved
  })
  useEffect(() => {
    if (projectId === undefined) return
    const listener: Listener = (removal) => {
      if (removal.projectId === projectId) latest.current(removal)
    }
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  }, [projectId])
}
