/** The task list's filters as URL search params (shareable, kept on reload and back) and as API query params. */
import type { TaskListParams } from '../api/get-tasks'
import { dueRange, isValidDay } from './dates'

export type SortField = NonNullable<TaskListParams['sort']>
export type SortOrder = NonNullable<TaskListParams['order']>
export type Status = 'all' | 'open' | 'completed'

export interface TaskFilters {
  status: Status
  priorities: number[]
  tags: string[]
  search: string
  /** `yyyy-MM-dd` in the user's zone, or '' */
  dueFrom: string
  dueTo: string
  overdue: boolean
  sort: SortField
  order: SortOrder
  page: number
  perPage: number
}

export const SORT_FIELDS: { value: SortField; label: string }[] = [
  { value: 'created_at', label: 'Created' },
  { value: 'updated_at', label: 'Updated' },
  { value: 'due_date', label: 'Due date' },
  { value: 'priority', label: 'Priority' },
  { value: 'title', label: 'Title' },
  { value: 'position', label: 'Manual order' },
]

export const PER_PAGE_OPTIONS = [10, 20, 50, 100] as const

export const DEFAULT_FILTERS: TaskFilters = {
  status: 'all',
  priorities: [],
  tags: [],
  search: '',
  dueFrom: '',
  dueTo: '',
  overdue: false,
  sort: 'created_at',
  order: 'desc',
  page: 1,
  perPage: 20,
}

const isSort = (value: string | null): value is SortField => SORT_FIELDS.some((field) => field.value === value)

function positiveInt(value: string | null, fallback: number, max: number): number {
  const number = Number(value)
  return Number.isInteger(number) && number >= 1 ? Math.min(number, max) : fallback
}

/** Reads the filters from the URL, ignoring what does not parse. */
export function parseFilters(params: URLSearchParams): TaskFilters {
  const status = params.get('status')
  const order = params.get('order')
  const sort = params.get('sort')
  const day = (key: string) => {
    const value = params.get(key) ?? ''
    return isValidDay(value) ? value : ''
  }
  return {
    status: status === 'open' || status === 'completed' ? status : 'all',
    priorities: [...new Set(params.getAll('priority').map(Number))].filter((p) => p >= 1 && p <= 4).sort(),
    tags: params.getAll('tag').filter(Boolean).slice(0, 10),
    search: (params.get('q') ?? '').slice(0, 200),
    dueFrom: day('due_from'),
    dueTo: day('due_to'),
    overdue: params.get('overdue') === '1',
    sort: isSort(sort) ? sort : DEFAULT_FILTERS.sort,
    order: order === 'asc' || order === 'desc' ? order : DEFAULT_FILTERS.order,
    page: positiveInt(params.get('page'), 1, 1_000_000),
    perPage: positiveInt(params.get('per_page'), DEFAULT_FILTERS.perPage, 100),
  }
}

/** The URL form of the filters: only what differs from the defaults. */
export function filtersToSearch(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.search) params.set('q', filters.search)
  if (filters.status !== 'all') params.set('status', filters.status)
  for (const priority of filters.priorities) params.append('priority', String(priority))
  for (const tag of filters.tags) params.append('tag', tag)
  if (filters.dueFrom) params.set('due_from', filters.dueFrom)
  if (filters.dueTo) params.set('due_to', filters.dueTo)
  if (filters.overdue) params.set('overdue', '1')
  if (filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort)
  if (filters.order !== DEFAULT_FILTERS.order) params.set('order', filters.order)
  if (filters.page !== 1) params.set('page', String(filters.page))
  if (filters.perPage !== DEFAULT_FILTERS.perPage) params.set('per_page', String(filters.perPage))
  return params
}

/** The API query for the filters: top-level tasks only; due days are read in `timeZone`. */
export function filtersToParams(filters: TaskFilters, timeZone: string): TaskListParams {
  const params: TaskListParams = {
    page: filters.page,
    per_page: filters.perPage,
    sort: filters.sort,
    order: filters.order,
    ...dueRange(filters.dueFrom, filters.dueTo, timeZone),
  }
  if (filters.status !== 'all') params.completed = filters.status === 'completed'
  if (filters.priorities.length) params.priority = filters.priorities
  if (filters.tags.length) params.tag = filters.tags
  if (filters.search.trim()) params.search = filters.search.trim()
  if (filters.overdue) params.overdue = true
  return params
}

/** True when any filter narrows the list (sort, order and paging aside). */
export function hasActiveFilters(filters: TaskFilters): boolean {
  return Boolean(
    filters.status !== 'all' ||
      filters.priorities.length ||
      filters.tags.length ||
      filters.search ||
      filters.dueFrom ||
      filters.dueTo ||
      filters.overdue,
  )
}

/** Drag and drop orders tasks only in the manual order, first to last. */
export const canReorder = (filters: TaskFilters): boolean => filters.sort === 'position' && filters.order === 'asc'
