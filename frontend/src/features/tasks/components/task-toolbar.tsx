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

/**
 * Search as you type (debounced), sort field and order. The input keeps its own value: the URL is written after a
 * pause, and read back only when it changes from elsewhere (clear filters, back button), never over what is typed.
 */
export function TaskToolbar({ search, sort, order, searchRef, onSearch, onSort }: TaskToolbarProps) {
  const id = useId()
  const [value, setValue] = useState(search)
  // The URL's value at the last render, to notice when it changes.
  const [seen, setSeen] = useState(search)
  // What this input wrote to the URL and has not seen there yet, oldest first. The router applies navigations in a
  // transition, so the URL catches up a little later: a change to one of these is an echo, not a change from elsewhere.
  const [sent, setSent] = useState<readonly string[]>([])

  if (search !== seen) {
    setSeen(search)
    const echo = sent.indexOf(search)
    if (echo >= 0) {
      setSent(sent.slice(echo + 1))
    } else {
      setSent([])
      setValue(search)
    }
  } else if (sent.length > 0 && sent.at(-1) === search) {
    // The writes collapsed into no change at all: nothing is on its way any more.
    setSent([])
  }

  useEffect(() => {
    if (value === (sent.at(-1) ?? search)) return
    const timer = setTimeout(() => {
      setSent((previous) => [...previous, value])
      onSearch(value)
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [value, sent, search, onSearch])

  return (
    <div className="d-flex gap-2 mb-2">
      <div className="flex-grow-1 min-w-0">
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
          className="form-select w-auto"
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
