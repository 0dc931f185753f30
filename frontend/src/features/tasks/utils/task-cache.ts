/**
 * Optimistic edits of the cached tasks: every cached list page holding a task, and its detail.
 * Lists are the queries under `tasksKeys.lists()` whose data is a TaskPage.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'

import type { Schemas } from '@/lib/api/client'

import { tasksKeys, type Task, type TaskListParams, type TaskPage } from '../api/get-tasks'

export type TasksSnapshot = [QueryKey, unknown][]

function isTaskPage(data: unknown): data is TaskPage {
  return typeof data === 'object' && data !== null && 'items' in data && Array.isArray(data.items)
}

function isTask(data: unknown): data is Task {
  return typeof data === 'object' && data !== null && 'id' in data && 'version' in data
}

// Lists hold TaskPages, but the checks stay: another query under the same prefix may hold something else.
/** Stops refetches that would overwrite an optimistic edit, and remembers every tasks query for a rollback. */
export async function snapshotTasks(queryClient: QueryClient): Promise<TasksSnapshot> {
  await queryClient.cancelQueries({ queryKey: tasksKeys.all })
  return queryClient.getQueriesData({ queryKey: tasksKeys.all })
}

export function restoreTasks(queryClient: QueryClient, snapshot: TasksSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data)
}

/** Replaces task `id` wherever it is cached by `change(task)`. */
export function patchCachedTask(queryClient: QueryClient, id: number, change: (task: Task) => Task): void {
  queryClient.setQueriesData<TaskPage>({ queryKey: tasksKeys.lists() }, (page) => {
    if (!isTaskPage(page) || !page.items.some((task) => task.id === id)) return page
    return { ...page, items: page.items.map((task) => (task.id === id ? change(task) : task)) }
  })
  queryClient.setQueryData<Task>(tasksKeys.detail(id), (task) => (isTask(task) ? change(task) : task))
}

/** Writes the server's answer for a task wherever it is cached. */
export function writeCachedTask(queryClient: QueryClient, task: Task): void {
  patchCachedTask(queryClient, task.id, () => task)
  queryClient.setQueryData(tasksKeys.detail(task.id), task)
}

/** What a PATCH body will most likely do to a task, for showing it before the server answers. */
export function applyUpdate(task: Task, body: Schemas['TaskUpdate']): Task {
  const next: Task = { ...task }
  if (body.title !== undefined) next.title = body.title.trim()
  if (body.description !== undefined) next.description = body.description
  if (body.due_date !== undefined) next.due_date = body.due_date
  if (body.priority !== undefined) next.priority = body.priority
  if (body.parent_id !== undefined) next.parent_id = body.parent_id
  if (body.tags !== undefined) next.tags = [...body.tags].sort((a, b) => a.localeCompare(b))
  if (body.completed !== undefined && body.completed !== task.completed) {
    next.completed = body.completed
    next.completed_at = body.completed ? new Date().toISOString() : null
  }
  return next
}

/** Moves task `id` right before `beforeId` or right after `afterId` in every cached list sorted by manual order. */
export function reorderCachedLists(
  queryClient: QueryClient,
  id: number,
  target: { beforeId: number } | { afterId: number },
): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: tasksKeys.lists() })) {
    const params = query.queryKey[2] as TaskListParams | undefined
    const page = query.state.data
    if (params?.sort !== 'position' || !isTaskPage(page)) continue
    const moving = page.items.find((task) => task.id === id)
    if (!moving) continue
    const items = page.items.filter((task) => task.id !== id)
    const anchor = items.findIndex((task) => task.id === ('beforeId' in target ? target.beforeId : target.afterId))
    if (anchor < 0) continue
    const descending = params.order === 'desc'
    const after = 'afterId' in target !== descending
    items.splice(after ? anchor + 1 : anchor, 0, moving)
    queryClient.setQueryData(query.queryKey, { ...page, items })
  }
}

/** Drops deleted tasks from every cached list page (and their details). */
export function removeCachedTasks(queryClient: QueryClient, ids: ReadonlySet<number>): void {
  queryClient.setQueriesData<TaskPage>({ queryKey: tasksKeys.lists() }, (page) => {
    if (!isTaskPage(page)) return page
    const items = page.items.filter((task) => !ids.has(task.id))
    if (items.length === page.items.length) return page
    return { ...page, items, total: Math.max(0, page.total - (page.items.length - items.length)) }
  })
  for (const id of ids) queryClient.removeQueries({ queryKey: tasksKeys.detail(id), exact: true })
}
