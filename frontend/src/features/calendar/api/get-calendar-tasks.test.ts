import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { getCalendarTasks, RANGE_MAX_PAGES } from './get-calendar-tasks'
import { getSeriesOccurrences } from './get-series-occurrences'
import { getUndatedTasks, UNDATED_MAX_PAGES } from './get-undated-tasks'

setupMswServer()

/** Answers `GET /api/tasks` with `answer(query)` and records every query asked. */
function listing(answer: (query: URLSearchParams) => ReturnType<typeof makeTaskPage>) {
  const queries: URLSearchParams[] = []
  server.use(
    http.get('*/api/tasks', ({ request }) => {
      const query = new URL(request.url).searchParams
      queries.push(query)
      return HttpResponse.json(answer(query))
    }),
  )
  return queries
}

const DAILY = { rrule: 'FREQ=DAILY', anchor: 'due' as const, occurrence: 1, series_id: 7, timezone: 'America/New_York' }

describe('getCalendarTasks', () => {
  it("asks for the visible days only, bounded in the user's zone, and the open series started before them", async () => {
    const inRange = makeTask({ due_date: '2026-12-10T14:30:00Z' })
    const series = makeTask({ due_date: '2026-11-02T13:00:00Z', recurrence: DAILY })
    const oneOff = makeTask({ due_date: '2026-11-03T13:00:00Z' })
    const queries = listing((query) => makeTaskPage(query.get('completed') === 'false' ? [series, oneOff] : [inRange]))

    const found = await getCalendarTasks({ start: '2026-11-30', end: '2027-01-11' }, 'America/New_York')

    expect(found).toEqual({ tasks: [inRange], earlierSeries: [series], complete: true })
    const range = queries.find((query) => query.get('completed') === null)
    // Both bounds are exclusive on the server: one millisecond before the first day starts in New York.
    expect(range?.get('due_after')).toBe('2026-11-30T04:59:59.999Z')
    expect(range?.get('due_before')).toBe('2027-01-11T05:00:00.000Z')
    expect(range?.get('per_page')).toBe('100')
    const earlier = queries.find((query) => query.get('completed') === 'false')
    expect(earlier?.get('due_before')).toBe('2026-11-30T05:00:00.000Z')
    expect(earlier?.get('due_after')).toBeNull()
  })

  it('follows the keyset cursor, and stops after a bounded number of pages', async () => {
    const queries = listing((query) =>
      makeTaskPage(query.get('completed') ? [] : [makeTask({ due_date: '2026-12-10T14:30:00Z' })], {
        next_cursor: query.get('completed') ? null : `c${query.get('after') ?? '0'}`,
      }),
    )
    const found = await getCalendarTasks({ start: '2026-12-07', end: '2026-12-14' }, 'UTC')
    expect(found.tasks).toHaveLength(RANGE_MAX_PAGES)
    expect(found.complete).toBe(false)
    const ranged = queries.filter((query) => query.get('completed') === null)
    expect(ranged.map((query) => query.get('after'))).toEqual([null, 'c0', 'cc0', 'ccc0', 'cccc0'])
  })
})

describe('getUndatedTasks', () => {
  it('keeps the open tasks without a due date among the newest ones', async () => {
    const undated = makeTask({ title: 'Call the plumber' })
    const queries = listing(() => makeTaskPage([undated, makeTask({ due_date: '2026-12-10T14:30:00Z' })]))
    expect(await getUndatedTasks()).toEqual({ items: [undated], complete: true })
    expect(queries[0]?.get('completed')).toBe('false')
    expect(queries[0]?.get('sort')).toBe('created_at')
  })

  it('says when there were more open tasks than it read', async () => {
    const queries = listing(() => makeTaskPage([makeTask()], { next_cursor: 'more' }))
    const found = await getUndatedTasks()
    expect(found.complete).toBe(false)
    expect(queries).toHaveLength(UNDATED_MAX_PAGES)
  })
})

describe('getSeriesOccurrences', () => {
  it("asks for the visible window and leaves out the task's own due date and the window's end", async () => {
    let asked: URLSearchParams | undefined
    server.use(
      http.get('*/api/tasks/:id/occurrences', ({ request }) => {
        asked = new URL(request.url).searchParams
        return HttpResponse.json({
          items: ['2026-12-07T13:00:00Z', '2026-12-08T13:00:00Z', '2026-12-14T05:00:00Z'],
        })
      }),
    )
    const span = { from: '2026-12-07T05:00:00.000Z', to: '2026-12-14T05:00:00.000Z' }
    expect(await getSeriesOccurrences(7, '2026-12-07T13:00:00Z', span)).toEqual(['2026-12-08T13:00:00Z'])
    expect(asked?.get('from')).toBe(span.from)
    expect(asked?.get('to')).toBe(span.to)
  })
})
