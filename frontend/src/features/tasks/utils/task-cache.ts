/**
 * Optimistic edits of the cached tasks: every cached list page and subtask list holding a task, and its detail.
 * A failed write puts back only the task(s) it touched, never a snapshot of every query: other writes in flight
 * keep their optimism, and what a refetch brought since is kept.
 */
import type { Query, QueryClient, QueryKey } from '@tanstack/react-query'

import type { Schemas } from '@/lib/api/client'

import { subtasksKeys } from '../api/get-subtasks'
import { tasksKeys, type Task, type TaskListParams, type TaskPage } from '../api/get-tasks'

// Lists hold TaskPages, subtask lists Task[], details a Task; the checks stay because a query under the same
// prefix may hold something else (or nothing yet).
function isTaskPage(data: unknown): data is TaskPage {
  return typeof data === 'object' && data !== null && 'items' in data && Array.isArray(data.items)
}

function isTask(data: unknown): data is Task {
  return typeof data === 'object' && data !== null && 'id' in data && 'version' in data
}

function isTaskList(data: unknown): data is Task[] {
  return Array.isArray(data) && data.every(isTask)
}

const startsWith = (key: QueryKey, prefix: QueryKey) => prefix.every((part, index) => key[index] === part)

/** The queries that may hold task `id`: every list page, every subtask list, and its detail. */
function queriesHolding(queryClient: QueryClient, id: number): Query[] {
  const detail = tasksKeys.detail(id)
  return queryClient.getQueryCache().findAll({
    predicate: ({ queryKey }) =>
      startsWith(queryKey, tasksKeys.lists()) ||
      startsWith(queryKey, subtasksKeys.all) ||
      (queryKey.length === detail.length && startsWith(queryKey, detail)),
  })
}

/** `data` with task `id` replaced by `change(task)`; the same object when it does not hold the task. */
function mapTask(data: unknown, id: number, change: (task: Task) => Task): unknown {
  const replace = (task: Task) => (task.id === id ? change(task) : task)
  if (isTaskPage(data)) return data.items.some((task) => task.id === id) ? { ...data, items: data.items.map(replace) } : data
  if (isTaskList(data)) return data.some((task) => task.id === id) ? data.map(replace) : data
  if (isTask(data) && data.id === id) return change(data)
  return data
}

function findTask(data: unknown, id: number): Task | undefined {
  if (isTaskPage(data)) return data.items.find((task) => task.id === id)
  if (isTaskList(data)) return data.find((task) => task.id === id)
  return isTask(data) && data.id === id ? data : undefined
}

/** Stops refetches of tasks that would overwrite an optimistic edit (the write's settle refetches them). */
export async function cancelTaskRefetches(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries({ queryKey: tasksKeys.all })
}

/** Replaces task `id` wherever it is cached (list pages, subtask lists, detail) by `change(task)`. */
export function patchCachedTask(queryClient: QueryClient, id: number, change: (task: Task) => Task): void {
  for (const query of queriesHolding(queryClient, id)) {
    const data = query.state.data
    const next = mapTask(data, id, change)
    if (next !== data) queryClient.setQueryData(query.queryKey, next)
  }
}

/** Writes the server's answer for a task wherever it is cached, and as its detail. */
export function writeCachedTask(queryClient: QueryClient, task: Task): void {
  patchCachedTask(queryClient, task.id, () => task)
  queryClient.setQueryData(tasksKeys.detail(task.id), task)
}

/** Task `id` as each query holds it before an optimistic edit: what `restoreCachedTask` puts back. */
export type TaskSnapshot = { key: QueryKey; task: Task }[]

export function snapshotCachedTask(queryClient: QueryClient, id: number): TaskSnapshot {
  const snapshot: TaskSnapshot = []
  for (const query of queriesHolding(queryClient, id)) {
    const task = findTask(query.state.data, id)
    if (task) snapshot.push({ key: query.queryKey, task })
  }
  return snapshot
}

/**
 * Rolls back one task: each query that still holds it at the version it had gets its previous value back.
 * A query that refetched a newer version keeps it; the other tasks are not touched.
 */
export function restoreCachedTask(queryClient: QueryClient, snapshot: TaskSnapshot): void {
  for (const { key, task: previous } of snapshot) {
    const data: unknown = queryClient.getQueryData(key)
    const next = mapTask(data, previous.id, (cached) => (cached.version === previous.version ? previous : cached))
    if (next !== data) queryClient.setQueryData(key, next)
  }
}

/** What a PATCH body will most likely do to a task, for showing it before the server answers. */
export function applyUpdate(task: Task, body: Schemas['TaskUpdate']): Task {
  const next: Task = { ...task }
  if (body.title !== undefined) next.title = body.title.trim()
  if (body.description !== undefined) next.description = body.description
  if (body.due_date !== undefined) next.due_date = body.due_date
  if (body.priority !== undefined) next.priority = body.priority
  if (body.parent_id !== undefined) next.parent_id = body.parent_id
  if (body.project_id !== undefined && body.project_id !== task.project_id) {
    // Another project: the old section does not go with it.
    next.project_id = body.project_id
    next.section_id = null
  }
  if (body.section_id !== undefined) next.section_id = body.section_id
  if (body.tags !== undefined) next.tags = [...body.tags].sort((a, b) => a.localeCompare(b))
  if (body.completed !== undefined && body.completed !== task.completed) {
    next.completed = body.completed
    next.completed_at = body.completed ? new Date().toISOString() : null
  }
  return next
}

/** Where a moved task stood in each list it was moved in, for `restoreCachedOrder`. */
export type OrderSnapshot = { key: QueryKey; index: number }[]

/**
 * Moves task `id` right before `beforeId` or right after `afterId` in every cached list in manual order, first
 * to last (the only order the list can be dragged in; other cached lists are refetched when the move settles).
 */
export function reorderCachedLists(
  queryClient: QueryClient,
  id: number,
  target: { beforeId: number } | { afterId: number },
): OrderSnapshot {
  const snapshot: OrderSnapshot = []
  for (const query of queryClient.getQueryCache().findAll({ queryKey: tasksKeys.lists() })) {
    const params = query.queryKey[2] as TaskListParams | undefined
    const page = query.state.data
    if (params?.sort !== 'position' || params.order !== 'asc' || !isTaskPage(page)) continue
    const index = page.items.findIndex((task) => task.id === id)
    const moving = page.items[index]
    if (!moving) continue
    const items = page.items.filter((task) => task.id !== id)
    const anchor = items.findIndex((task) => task.id === ('beforeId' in target ? target.beforeId : target.afterId))
    if (anchor < 0) continue
    items.splice('afterId' in target ? anchor + 1 : anchor, 0, moving)
    queryClient.setQueryData(query.queryKey, { ...page, items })
    snapshot.push({ key: query.queryKey, index })
  }
  return snapshot
}

/** Puts a moved task back where it stood in the lists it was moved in (where it still is); the rest is untouched. */
export function restoreCachedOrder(queryClient: QueryClient, id: number, snapshot: OrderSnapshot): void {
  for (const { key, index } of snapshot) {
    const page: unknown = queryClient.getQueryData(key)
    if (!isTaskPage(page)) continue
    const moving = page.items.find((task) => task.id === id)
    if (!moving) continue
    const items = page.items.filter((task) => task.id !== id)
    items.splice(Math.min(index, items.length), 0, moving)
    queryClient.setQueryData(key, { ...page, items })
  }
}

/** Drops deleted tasks from every cached list page and subtask list (and their details). */
export function removeCachedTasks(queryClient: QueryClient, ids: ReadonlySet<number>): void {
  if (ids.size === 0) return
  queryClient.setQueriesData<TaskPage>({ queryKey: tasksKeys.lists() }, (page) => {
    if (!isTaskPage(page)) return page
    const items = page.items.filter((task) => !ids.has(task.id))
    if (items.length === page.items.length) return page
    return { ...page, items, total: Math.max(0, page.total - (page.items.length - items.length)) }
  })
  queryClient.setQueriesData<Task[]>({ queryKey: subtasksKeys.all }, (list) =>
    isTaskList(list) && list.some((task) => ids.has(task.id)) ? list.filter((task) => !ids.has(task.id)) : list,
  )
  for (const id of ids) queryClient.removeQueries({ queryKey: tasksKeys.detail(id), exact: true })
}
