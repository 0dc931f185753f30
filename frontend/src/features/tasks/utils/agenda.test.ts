import { makeTask } from '@/testing/task-factory'

import { dayLabel, dayOf, daysFrom, groupByDay, todayParams, upcomingParams } from './agenda'

describe('agenda days', () => {
  it('reads the day in the user’s zone, not the browser’s', () => {
    // 23:30 UTC on 9 March is already 10 March in Tokyo and still 9 March in New York.
    const instant = '2026-03-09T23:30:00Z'
    expect(dayOf(instant, 'Asia/Tokyo')).toBe('2026-03-10')
    expect(dayOf(instant, 'America/New_York')).toBe('2026-03-09')
    expect(dayOf(Date.parse(instant), 'UTC')).toBe('2026-03-09')
  })

  it('counts days across a month’s end and names today and tomorrow', () => {
    expect(daysFrom('2026-02-27', 4)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'])
    expect(dayLabel('2026-02-27', '2026-02-27')).toBe('Today · Fri 27 Feb')
    expect(dayLabel('2026-02-28', '2026-02-27')).toBe('Tomorrow · Sat 28 Feb')
    expect(dayLabel('2026-03-01', '2026-02-27')).toBe('Sun 1 Mar')
  })

  it('asks for open tasks due before tomorrow (Today) or in the next seven days (Upcoming), in the user’s zone', () => {
    expect(todayParams('2026-03-10', 'America/New_York')).toEqual({
      completed: false,
      sort: 'due_date',
      order: 'asc',
      per_page: 100,
      due_before: '2026-03-11T04:00:00.000Z',
    })
    expect(upcomingParams('2026-03-10', 'Asia/Tokyo')).toMatchObject({
      due_after: '2026-03-09T14:59:59.999Z',
      due_before: '2026-03-16T15:00:00.000Z',
    })
  })

  it('groups tasks by the day they are due and leaves out those without a due date', () => {
    const tasks = [
      makeTask({ id: 1, due_date: '2026-03-10T01:00:00Z' }),
      makeTask({ id: 2, due_date: '2026-03-10T20:00:00Z' }),
      makeTask({ id: 3, due_date: null }),
    ]
    const days = groupByDay(tasks, 'America/New_York')
    expect([...days.keys()]).toEqual(['2026-03-09', '2026-03-10'])
    expect(days.get('2026-03-10')?.map((task) => task.id)).toEqual([2])
  })
})
