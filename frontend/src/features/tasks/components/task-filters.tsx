import { useId } from 'react'

import { PRIORITIES } from '@/lib/priorities'

import { hasActiveFilters, type Status, type TaskFilters } from '../utils/task-filters'

const STATUSES: { value: Status; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'completed', label: 'Completed' },
]

export interface TaskFiltersPanelProps {
  id: string
  open: boolean
  filters: TaskFilters
  tagNames: readonly string[]
  onChange: (patch: Partial<TaskFilters>) => void
  onClear: () => void
}

const toggle = <T,>(values: readonly T[], value: T, on: boolean): T[] =>
  on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value)

/** The filters: a panel that the "Filters" button unfolds above the list (folded away by default). */
export function TaskFiltersPanel({ id, open, filters, tagNames, onChange, onClear }: TaskFiltersPanelProps) {
  const prefix = useId()
  return (
    <section id={id} aria-label="Filters" className={`collapse${open ? ' show' : ''}`}>
      <div className="row row-cols-1 row-cols-sm-2 row-cols-xl-4 g-3 pb-3 mb-3 border-bottom">
        <fieldset className="col">
          <legend className="fs-6 fw-semibold">Status</legend>
          {STATUSES.map((status) => (
            <div className="form-check" key={status.value}>
              <input
                className="form-check-input"
                type="radio"
                name={`${prefix}-status`}
                id={`${prefix}-status-${status.value}`}
                checked={filters.status === status.value}
                onChange={() => onChange({ status: status.value })}
              />
              <label className="form-check-label" htmlFor={`${prefix}-status-${status.value}`}>
                {status.label}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="col">
          <legend className="fs-6 fw-semibold">Priority</legend>
          {PRIORITIES.map((priority) => (
            <div className="form-check" key={priority.value}>
              <input
                className="form-check-input"
                type="checkbox"
                id={`${prefix}-priority-${priority.value}`}
                checked={filters.priorities.includes(priority.value)}
                onChange={(event) =>
                  onChange({
                    priorities: toggle(filters.priorities, priority.value, event.target.checked).sort(),
                  })
                }
              />
              <label className="form-check-label" htmlFor={`${prefix}-priority-${priority.value}`}>
                {priority.label}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="col">
          <legend className="fs-6 fw-semibold">Tags</legend>
          {tagNames.length === 0 && <p className="small text-body-secondary mb-0">No tags yet.</p>}
          <div className="overflow-auto" style={{ maxHeight: '12rem' }}>
            {tagNames.map((name, index) => (
              <div className="form-check" key={name}>
                <input
                  className="form-check-input"
                  type="checkbox"
                  id={`${prefix}-tag-${index}`}
                  checked={filters.tags.includes(name)}
                  onChange={(event) => onChange({ tags: toggle(filters.tags, name, event.target.checked) })}
                />
                <label className="form-check-label text-break" htmlFor={`${prefix}-tag-${index}`}>
                  {name}
                </label>
              </div>
            ))}
          </div>
          {filters.tags.length > 1 && <p className="small text-body-secondary mb-0">Tasks with every chosen tag.</p>}
        </fieldset>
        <fieldset className="col">
          <legend className="fs-6 fw-semibold">Due</legend>
          <label className="form-label small mb-1" htmlFor={`${prefix}-due-from`}>
            Due from
          </label>
          <input
            className="form-control form-control-sm mb-2"
            type="date"
            id={`${prefix}-due-from`}
            value={filters.dueFrom}
            max={filters.dueTo || undefined}
            onChange={(event) => onChange({ dueFrom: event.target.value })}
          />
          <label className="form-label small mb-1" htmlFor={`${prefix}-due-to`}>
            Due to
          </label>
          <input
            className="form-control form-control-sm mb-2"
            type="date"
            id={`${prefix}-due-to`}
            value={filters.dueTo}
            min={filters.dueFrom || undefined}
            onChange={(event) => onChange({ dueTo: event.target.value })}
          />
          <div className="form-check form-switch">
            <input
              className="form-check-input"
              type="checkbox"
              role="switch"
              id={`${prefix}-overdue`}
              checked={filters.overdue}
              onChange={(event) => onChange({ overdue: event.target.checked })}
            />
            <label className="form-check-label" htmlFor={`${prefix}-overdue`}>
              Overdue only
            </label>
          </div>
        </fieldset>
        <div className="col-12 col-sm-12 col-xl-12">
          <button
            type="button"
            className="btn btn-sm btn-outline-secondary"
            disabled={!hasActiveFilters(filters)}
            onClick={onClear}
          >
            Clear filters
          </button>
        </div>
      </div>
    </section>
  )
}
