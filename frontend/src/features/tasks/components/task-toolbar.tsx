import { useEffect, useId, useState, type Ref } from 'react'

import { SORT_FIELDS, type SortField, type SortOrder } from '../utils/task-filters'

const SEARCH_DEBOUNCE_MS = 300

export interface TaskToolbarProps {
  search: string
  sort: SortField
  order: SortOrder
  searchRef: Ref<HTMLInputElement>
  onSearch: (search: string) => void
  onSort: (sort: { sort?: SortField; order?: SortOrder }) => void
}

/** Search as you type (debounced), sort field and order. */
export function TaskToolbar({ search, sort, order, searchRef, onSearch, onSort }: TaskToolbarProps) {
  const id = useId()
  const [value, setValue] = useState(search)
  const [committed, setCommitted] = useState(search)

  // The URL changed from elsewhere (clear filters, back button): show its search.
  if (search !== committed) {
    setCommitted(search)
    setValue(search)
  }

  useEffect(() => {
    if (value === committed) return
    const timer = setTimeout(() => {
      setCommitted(value)
      onSearch(value)
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [value, committed, onSearch])

  return (
    <div className="d-flex flex-column flex-sm-row gap-2 mb-3">
      <div className="flex-grow-1">
        <label className="visually-hidden" htmlFor={`${id}-search`}>
          Search tasks
        </label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          className="form-control"
          placeholder="Search tasks (press /)"
          maxLength={200}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <div className="d-flex gap-2">
        <label className="visually-hidden" htmlFor={`${id}-sort`}>
          Sort by
        </label>
        <select
          id={`${id}-sort`}
          className="form-select"
          value={sort}
          onChange={(event) => {
            const next = SORT_FIELDS.find((field) => field.value === event.target.value)?.value ?? sort
            // The manual order reads first to last.
            onSort(next === 'position' ? { sort: next, order: 'asc' } : { sort: next })
          }}
        >
          {SORT_FIELDS.map((field) => (
            <option key={field.value} value={field.value}>
              {field.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-outline-secondary text-nowrap"
          aria-label={`Order: ${order === 'asc' ? 'ascending' : 'descending'}. Switch to ${order === 'asc' ? 'descending' : 'ascending'}`}
          onClick={() => onSort({ order: order === 'asc' ? 'desc' : 'asc' })}
        >
          <span aria-hidden="true">{order === 'asc' ? '↑ Asc' : '↓ Desc'}</span>
        </button>
      </div>
    </div>
  )
}
