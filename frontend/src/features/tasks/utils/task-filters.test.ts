import { DEFAULT_FILTERS, filtersToParams, filtersToSearch, parseFilters } from './task-filters'

describe('task filters in the URL', () => {
  it('round-trips through the search params', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      status: 'open' as const,
      priorities: [3, 4],
      tags: ['home', 'a b'],
      search: 'milk',
      dueFrom: '2030-01-01',
      dueTo: '2030-01-31',
      overdue: true,
      sort: 'position' as const,
      order: 'asc' as const,
      page: 3,
      perPage: 50,
    }
    expect(parseFilters(filtersToSearch(filters))).toEqual(filters)
  })

  it('leaves the defaults out of the URL and ignores what does not parse', () => {
    expect(filtersToSearch(DEFAULT_FILTERS).toString()).toBe('')
    const parsed = parseFilters(
      new URLSearchParams('status=x&priority=9&priority=2&sort=nope&order=up&page=-1&per_page=500&due_from=tomorrow'),
    )
    expect(parsed).toEqual({ ...DEFAULT_FILTERS, priorities: [2], perPage: 100 })
  })

  it('ignores a due day that does not exist', () => {
    const parsed = parseFilters(new URLSearchParams('due_from=2025-02-31&due_to=2025-03-03'))
    expect(parsed).toMatchObject({ dueFrom: '', dueTo: '2025-03-03' })
  })

  it('builds the API query', () => {
    const params = filtersToParams(
      { ...DEFAULT_FILTERS, status: 'completed', priorities: [1], search: '  ', dueTo: '2030-06-30' },
      'America/New_York',
    )
    expect(params).toEqual({
      page: 1,
      per_page: 20,
      sort: 'created_at',
      order: 'desc',
      completed: true,
      priority: [1],
      due_before: '2030-07-01T04:00:00.000Z',
    })
  })
})
