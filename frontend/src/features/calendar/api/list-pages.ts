import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import type { paths } from '@/lib/api/schema'

export type CalendarTask = Schemas['TaskOut']
export type TaskQuery = NonNullable<paths['/api/tasks']['get']['parameters']['query']>

export interface TaskPages {
  items: CalendarTask[]
  /** False when more tasks matched than `maxPages` pages hold. */
  complete: boolean
}

/** The API's largest page. */
export const PAGE_SIZE = 100

/** Follows `GET /api/tasks` keyset pages (`after`) for `query`, at most `maxPages` of them. Throws ApiError. */
export async function listPages(query: TaskQuery, maxPages: number, signal?: AbortSignal): Promise<TaskPages> {
  const items: CalendarTask[] = []
  let after: string | undefined
  for (let page = 0; page < maxPages; page += 1) {
    const result = expectData(
      await api.GET('/api/tasks', { params: { query: { ...query, per_page: PAGE_SIZE, after } }, signal }),
    )
    items.push(...result.items)
    if (!result.next_cursor) return { items, complete: true }
    after = result.next_cursor
  }
  return { items, complete: false }
}
