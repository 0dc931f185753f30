/**
 * Deleting with undo: the tasks are hidden at once and deleted only when the undo window has passed.
 * The pending deletes live in this module, not in a component, so they are still sent when the user moves
 * to another page of the app; when the document goes away (`pagehide`) they are sent at once with `keepalive`.
 */
import type { QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { getTokens } from '@/lib/auth/session'

import { removeCachedTasks } from '../utils/task-cache'
import { invalidateAfterTaskWrite } from './update-task'

/** Deletes a task and its subtasks. Throws ApiError (404, ...). */
export async function deleteTask(id: number): Promise<void> {
  expectData(await api.DELETE('/api/tasks/{task_id}', { params: { path: { task_id: id } } }))
}

/**
 * The last chance while the page unloads: a keepalive fetch outlives the document, the api client's does not
 * (it cannot refresh an expired token here; such a delete is lost, and the task stays).
 */
function deleteOnUnload(id: number): void {
  const token = getTokens()?.accessToken
  void fetch(new URL(`/api/tasks/${id}`, window.location.origin), {
    method: 'DELETE',
    keepalive: true,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  }).catch(() => undefined)
}

interface PendingBatch {
  ids: number[]
  timer: ReturnType<typeof setTimeout>
  queryClient: QueryClient
}

const batches = new Set<PendingBatch>()
const listeners = new Set<() => void>()
let hidden: ReadonlySet<number> = new Set()
let unloadListening = false

function setHidden(next: ReadonlySet<number>): void {
  hidden = next
  for (const listener of listeners) listener()
}

function unhide(ids: readonly number[]): void {
  const next = new Set(hidden)
  for (const id of ids) next.delete(id)
  setHidden(next)
}

function flushOnUnload(): void {
  for (const batch of batches) {
    clearTimeout(batch.timer)
    batch.ids.forEach(deleteOnUnload)
    // The page may come back from the back-forward cache: show it without the deleted tasks.
    removeCachedTasks(batch.queryClient, new Set(batch.ids))
    unhide(batch.ids)
  }
  batches.clear()
}

export interface DeleteFailure {
  id: number
  error: unknown
}

export interface ScheduleDeleteOptions {
  delayMs: number
  /** Called once the deletes were sent, with those that failed (those tasks show again). */
  onSettled?: (failures: DeleteFailure[]) => void
}

async function commit(batch: PendingBatch, onSettled?: (failures: DeleteFailure[]) => void) {
  const { queryClient } = batch
  batches.delete(batch)
  const results = await Promise.allSettled(batch.ids.map(deleteTask))
  const failures: DeleteFailure[] = []
  const deleted = new Set<number>()
  results.forEach((result, index) => {
    const id = batch.ids[index] ?? 0
    if (result.status === 'fulfilled') deleted.add(id)
    else failures.push({ id, error: result.reason })
  })
  // Drop the deleted rows from the cache before showing them again, so they never flash back.
  removeCachedTasks(queryClient, deleted)
  unhide(batch.ids)
  onSettled?.(failures)
  await invalidateAfterTaskWrite(queryClient)
}

/** Hides `ids` now and deletes them after `delayMs`; `undo()` shows them again and sends nothing (false once sent). */
export function scheduleDeletes(
  queryClient: QueryClient,
  ids: readonly number[],
  { delayMs, onSettled }: ScheduleDeleteOptions,
): { undo: () => boolean } {
  if (!unloadListening) {
    window.addEventListener('pagehide', flushOnUnload)
    unloadListening = true
  }
  setHidden(new Set([...hidden, ...ids]))
  const batch: PendingBatch = {
    ids: [...ids],
    timer: setTimeout(() => void commit(batch, onSettled), delayMs),
    queryClient,
  }
  batches.add(batch)
  return {
    undo: () => {
      if (!batches.has(batch)) return false
      clearTimeout(batch.timer)
      batches.delete(batch)
      unhide(batch.ids)
      return true
    },
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The ids of tasks waiting for their delete (hide them). */
export function usePendingDeletes(): ReadonlySet<number> {
  return useSyncExternalStore(subscribe, () => hidden)
}
