import { queryOptions, useQueries, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { calendarKeys } from './get-calendar-tasks'
import type { CalendarTask } from './list-pages'

/** Enough for a daily series over the six weeks of a month view. */
export const OCCURRENCE_LIMIT = 50

export interface SeriesOccurrences {
  task: CalendarTask
  /** Due instants (UTC ISO) of the series' later occurrences in the window, the task's own left out. */
  dues: string[]
}

/**
 * The due instants of a series' occurrences from `from` to `to` (instants; `to` excluded) after the one due at
 * `due` (the task itself). Throws ApiError.
 */
export async function getSeriesOccurrences(
  taskId: number,
  due: string,
  span: { from: string; to: string },
  signal?: AbortSignal,
): Promise<string[]> {
  const page = expectData(
    await api.GET('/api/tasks/{task_id}/occurrences', {
      params: { path: { task_id: taskId }, query: { from: span.from, to: span.to, limit: OCCURRENCE_LIMIT } },
      signal,
    }),
  )
  const own = Date.parse(due)
  const end = Date.parse(span.to)
  return page.items.filter((at) => Date.parse(at) !== own && Date.parse(at) < end)
}

export const seriesOccurrencesQueryOptions = (taskId: number, due: string, from: string, to: string) =>
  queryOptions({
    queryKey: calendarKeys.occurrences(taskId, due, from, to),
    queryFn: ({ signal }) => getSeriesOccurrences(taskId, due, { from, to }, signal),
  })

const dataOf = (results: readonly UseQueryResult<string[]>[]) => results.map((result) => result.data)

/** The later occurrences of every series in the span; the ones not loaded (yet, or failed) are left out. */
export function useSeriesOccurrences(series: readonly CalendarTask[], span: { from: string; to: string } | null) {
  const dated = useMemo(() => (span ? series.filter((task) => task.due_date !== null) : []), [series, span])
  const dues = useQueries({
    queries: dated.map((task) => seriesOccurrencesQueryOptions(task.id, task.due_date ?? '', span?.from ?? '', span?.to ?? '')),
    combine: dataOf,
  })
  return useMemo<SeriesOccurrences[]>(
    () => dated.flatMap((task, index) => (dues[index] ? [{ task, dues: dues[index] }] : [])),
    [dated, dues],
  )
}
