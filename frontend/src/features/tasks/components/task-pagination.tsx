import { useId } from 'react'

import { PER_PAGE_OPTIONS } from '../utils/task-filters'

export interface TaskPaginationProps {
  page: number
  pages: number
  perPage: number
  onPage: (page: number) => void
  onPerPage: (perPage: number) => void
}

/** The page numbers to show: the first, the last, and two either side of the current one. */
function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pages))
  const sorted = [...shown].sort((a, b) => a - b)
  const result: (number | 'gap')[] = []
  sorted.forEach((p, index) => {
    const previous = sorted[index - 1]
    if (previous !== undefined && p - previous > 1) result.push('gap')
    result.push(p)
  })
  return result
}

export function TaskPagination({ page, pages, perPage, onPage, onPerPage }: TaskPaginationProps) {
  const id = useId()
  return (
    <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mt-3">
      {pages > 1 ? (
        <nav aria-label="Task pages">
          <ul className="pagination pagination-sm flex-wrap mb-0">
            <li className={`page-item${page <= 1 ? ' disabled' : ''}`}>
              <button type="button" className="page-link" disabled={page <= 1} onClick={() => onPage(page - 1)}>
                Previous
              </button>
            </li>
            {pageWindow(page, pages).map((p, index) =>
              p === 'gap' ? (
                <li key={`gap-${index}`} className="page-item disabled">
                  <span className="page-link">…</span>
                </li>
              ) : (
                <li key={p} className={`page-item${p === page ? ' active' : ''}`}>
                  <button
                    type="button"
                    className="page-link"
                    aria-label={`Page ${p}`}
                    aria-current={p === page ? 'page' : undefined}
                    onClick={() => onPage(p)}
                  >
                    {p}
                  </button>
                </li>
              ),
            )}
            <li className={`page-item${page >= pages ? ' disabled' : ''}`}>
              <button type="button" className="page-link" disabled={page >= pages} onClick={() => onPage(page + 1)}>
                Next
              </button>
            </li>
          </ul>
        </nav>
      ) : (
        <span />
      )}
      <div className="d-flex align-items-center gap-2">
        <label className="small text-nowrap" htmlFor={`${id}-per-page`}>
          Per page
        </label>
        <select
          id={`${id}-per-page`}
          className="form-select form-select-sm"
          value={perPage}
          onChange={(event) => onPerPage(Number(event.target.value))}
        >
          {PER_PAGE_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
