/**
 * Deleting with undo: the tasks are hidden at once and deleted only when the undo window has passed.
 * The pending deletes live in this module, not in a component, so they are still sent when the user moves
 * to another page of the app; when the document goes away (`pagehide`) they are sent at once with `keepalive`,
 * and before signing out the app sends them with `flushPendingDeletes()`.
 *
 * Each delete carries the ETag of the version the user saw: a task changed elsewhere in the meantime is not deleted
 * (412), it shows again and the caller can offer to delete it anyway.
 *
 * While the undo window runs, nothing is in flight: the tasks are hidden by the pending set, which no refetch can
 * undo. Once sent, the deletes are a mutation under `taskWriteKey`, so the settle of another task write does not
 * refetch (and bring the tasks back) while they are in flight, and their own settle waits for the other writes.
 */
import { MutationObserver, type QueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { getTokens } from '@/lib/auth/session'

import { removeCachedTasks } from '../utils/task-cache'
import { etagOf, type Task } from './get-tasks'
import { invalidateAfterTaskWrite, taskWriteKey } from './update-task'

export interface DeleteTaskInput {
  id: number
  /** The ETag last seen (`etagOf(task)`): the server answers 412 when the task changed since. */
  etag?: string
}

/** Deletes a task and its subtasks. Throws ApiError (404, 412 when `etag` is stale, ...). */
export async function deleteTask({ id, etag }: DeleteTaskInput): Promise<void> {
  expectData(
    await api.DELETE('/api/tasks/{task_id}', {
      params: { path: { task_id: id }, header: etag ? { 'If-Match': etag } : {} },
    }),
  )
}

/**
 * The last chance while the page unloads: a keepalive fetch outlives the document, the api client's does not
 * (it cannot refresh an expired token here; such a delete is lost, and the task stays).
 */
function deleteOnUnload(task: Task): void {
  const token = getTokens()?.accessToken
  void fetch(new URL(`/api/tasks/${task.id}`, window.location.origin), {
    method: 'DELETE',
    keepalive: true,
    headers: { 'If-Match': etagOf(task), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  }).catch(() => undefined)
}

export interface DeleteFailure {
  task: Task
  error: unknown
}

export interface ScheduleDeleteOptions {
  delayMs: number
  /** Called once the deletes were sent, with those that failed (those tasks show again). */
  onSettled?: (failures: DeleteFailure[]) => void
}

interface PendingBatch {
  tasks: Task[]
  timer: ReturnType<typeof setTimeout>
  queryClient: QueryClient
  onSettled?: (failures: DeleteFailure[]) => void
}

const batches = new Set<PendingBatch>()
const listeners = new Set<() => void>()
let hidden: ReadonlySet<number> = new Set()
let unloadListening = false

function setHidden(next: ReadonlySet<number>): void {
  hidden = next
  for (const listener of listeners) listener()
}

function unhide(tasks: readonly Task[]): void {
  const next = new Set(hidden)
  for (const task of tasks) next.delete(task.id)
  setHidden(next)
}

/** Takes every pending batch out of the queue (their timers stopped): they are about to be sent. */
function takeBatches(): PendingBatch[] {
  const taken = [...batches]
  for (const batch of taken) clearTimeout(batch.timer)
  batches.clear()
  return taken
}

function flushOnUnload(): void {
  for (const batch of takeBatches()) {
    batch.tasks.forEach(deleteOnUnload)
    // The page may come back from the back-forward cache: show it without the deleted tasks.
    removeCachedTasks(batch.queryClient, new Set(batch.tasks.map((task) => task.id)))
    unhide(batch.tasks)
  }
}

/**
 * Sends a batch's deletes as one mutation under `taskWriteKey`. `followUp: false` (signing out): no refetch and
 * no `onSettled`, so nothing runs on behalf of this session once it has ended.
 */
async function send(batch: PendingBatch, { followUp }: { followUp: boolean }): Promise<void> {
  const { queryClient, tasks } = batch
  const observer = new MutationObserver<DeleteFailure[], Error, readonly Task[]>(queryClient, {
    mutationKey: taskWriteKey,
    mutationFn: async (sent) => {
      const results = await Promise.allSettled(sent.map((task) => deleteTask({ id: task.id, etag: etagOf(task) })))
      const failures: DeleteFailure[] = []
      results.forEach((result, index) => {
        const task = sent[index]
        if (task && result.status === 'rejected') failures.push({ task, error: result.reason })
      })
      return failures
    },
    onSuccess: (failures) => {
      const failed = new Set(failures.map(({ task }) => task.id))
      // Drop the deleted rows from the cache before showing them again, so they never flash back.
      removeCachedTasks(queryClient, new Set(tasks.filter((task) => !failed.has(task.id)).map((task) => task.id)))
      unhide(tasks)
      if (followUp) batch.onSettled?.(failures)
    },
    onSettled: () => (followUp ? invalidateAfterTaskWrite(queryClient) : undefined),
  })
  // The mutation never fails (each delete's outcome is in its result); a throwing callback must not break a flush.
  await observer.mutate(tasks).catch(() => undefined)
}

/**
 * Hides `tasks` now and deletes them (each with the ETag of the version given) after `delayMs`;
 * `undo()` shows them again and sends nothing (false once they were sent).
 */
export function scheduleDeletes(
  queryClient: QueryClient,
  tasks: readonly Task[],
  { delayMs, onSettled }: ScheduleDeleteOptions,
): { undo: () => boolean } {
  if (!unloadListening) {
    window.addEventListener('pagehide', flushOnUnload)
    unloadListening = true
  }
  setHidden(new Set([...hidden, ...tasks.map((task) => task.id)]))
  const batch: PendingBatch = {
    tasks: [...tasks],
    timer: setTimeout(() => {
      batches.delete(batch)
      void send(batch, { followUp: true })
    }, delayMs),
    queryClient,
    onSettled,
  }
  batches.add(batch)
  return {
    undo: () => {
      if (!batches.has(batch)) return false
      clearTimeout(batch.timer)
      batches.delete(batch)
      unhide(batch.tasks)
      return true
    },
  }
}

/**
 * Sends every pending delete now, through the api client with the current session's token, and resolves once
 * they were answered (never rejects: a failed delete leaves its task). The app calls it before signing out, so that
 * no pending delete is sent after the session ended (or with the next user's token); their undo is then too late.
 */
export async function flushPendingDeletes(): Promise<void> {
  await Promise.all(takeBatches().map((batch) => send(batch, { followUp: false })))
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The ids of tasks waiting for their delete (hide them). */
export function usePendingDeletes(): ReadonlySet<number> {
  return useSyncExternalStore(subscribe, () => hidden)
}
