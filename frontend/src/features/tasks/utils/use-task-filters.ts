import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

import { DEFAULT_FILTERS, filtersToSearch, parseFilters, type TaskFilters } from './task-filters'

/**
 * The task list's filters, kept in the URL. `update` merges a change and goes back to page 1 unless it names a page;
 * `replace` keeps the history clean while typing a search.
 */
export function useTaskFilters() {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = useMemo(() => parseFilters(searchParams), [searchParams])

  const update = useCallback(
    (patch: Partial<TaskFilters>, { replace = false }: { replace?: boolean } = {}) => {
      setSearchParams((previous) => filtersToSearch({ ...parseFilters(previous), page: 1, ...patch }), { replace })
    },
    [setSearchParams],
  )

  /** Clears what narrows the list; keeps the sort and the page size. */
  const clear = useCallback(() => {
    setSearchParams((previous) => {
      const { sort, order, perPage } = parseFilters(previous)
      return filtersToSearch({ ...DEFAULT_FILTERS, sort, order, perPage })
    })
  }, [setSearchParams])

  return { filters, update, clear }
}
