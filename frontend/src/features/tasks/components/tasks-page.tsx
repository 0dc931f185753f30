import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'

import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { useCurrentUser, useTimeZone } from '@/lib/auth/current-user'
import { canEditTasks, useProjects } from '@/lib/projects/projects-query'
import { useOnline } from '@/lib/online'
import { useShortcut } from '@/lib/shortcuts'

import { usePendingDeletes } from '../api/delete-task'
import { useTags } from '../api/get-tags'
import { useTasks, type Task } from '../api/get-tasks'
import type { MoveTaskInput } from '../api/move-task'
import { useOpenTask } from '../hooks/use-open-task'
import { canReorder, filtersToParams, hasActiveFilters } from '../utils/task-filters'
import { useNow } from '../utils/use-now'
import { useTaskFilters } from '../utils/use-task-filters'
import { BulkActions } from './bulk-actions'
import { QuickAdd } from './quick-add'
import { TaskEditor } from './task-editor'
import { TaskFiltersPanel } from './task-filters'
import { TaskList } from './task-list'
import { TaskPagination } from './task-pagination'
import { TaskToolbar } from './task-toolbar'
import { useTaskActions } from './use-task-actions'

export interface TasksPageProps {
  /** How long a delete can be undone before it is sent. */
  undoDelayMs?: number
  /**
   * One project's tasks (its page's list view, under the project's own heading); every project's otherwise.
   * `canEdit`: the user may add and change its tasks.
   */
  project?: { id: number; canEdit: boolean }
  /** `me`: only the tasks given to the user ("Assigned to me"; new tasks are given to them too). */
  assignee?: 'me'
}

/** What an empty page says: nothing at all yet, nothing matching the filters, or nothing left on this page. */
function EmptyList({ total, filtered, onClear, onCreate }: { total: number; filtered: boolean; onClear: () => void; onCreate?: (() => void) | undefined }) {
  return (
    <div className="text-center text-body-secondary border rounded py-5">
      {total > 0 ? (
        <p className="mb-0">No tasks left on this page.</p>
      ) : filtered ? (
        <>
          <p>No tasks match these filters.</p>
          <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onClear}>
            Clear filters
          </button>
        </>
      ) : (
        <>
          <p className={onCreate ? undefined : 'mb-0'}>No tasks here yet.</p>
          {onCreate && (
            <button type="button" className="btn btn-sm btn-primary" onClick={onCreate}>
              Create a task
            </button>
          )}
        </>
      )}
    </div>
  )
}

/** The task list: filters and search in the URL, quick actions with undo, bulk actions, manual order. */
export function TasksPage({ undoDelayMs = 5000, project, assignee }: TasksPageProps) {
  // Dates are shown and filtered in the user's zone (the browser's until the user has loaded).
  const timeZone = useTimeZone()
  const online = useOnline()
  const { filters, update, clear } = useTaskFilters()
  const projectId = project?.id
  const canEdit = project?.canEdit ?? true
  const params = useMemo(
    () => ({
      ...filtersToParams(filters, timeZone),
      ...(projectId === undefined ? {} : { project_id: [projectId] }),
      ...(assignee === undefined ? {} : { assignee }),
    }),
    [filters, timeZone, projectId, assignee],
  )
  const me = useCurrentUser().data
  const paramsKey = JSON.stringify(params)
  const tasks = useTasks(params)
  const tagNames = useTags().data?.items.map((tag) => tag.name) ?? []
  const hidden = usePendingDeletes()
  const actions = useTaskActions({ undoDelayMs })
  const now = useNow()
  const filtersId = useId()
  const searchRef = useRef<HTMLInputElement>(null)
  // The filters fold away unless the page was opened with some on.
  const [filtersOpen, setFiltersOpen] = useState(() => hasActiveFilters(filters))
  // The full editor for a new task; an existing task opens at its own address (over this list).
  const [creating, setCreating] = useState(false)
  const openTask = useOpenTask()
  // The selection belongs to one page of one query: it is empty again when either changes.
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<number> }>({ key: '', ids: new Set() })
  const selected = selection.key === paramsKey ? selection.ids : new Set<number>()

  const openEditor = useCallback(
    (taskId: number | null) => (taskId === null ? setCreating(true) : openTask(taskId)),
    [openTask],
  )
  useShortcut(
    'new-task',
    useCallback(() => {
      if (canEdit) openEditor(null)
    }, [canEdit, openEditor]),
  )
  useShortcut('focus-search', useCallback(() => searchRef.current?.focus(), []))
  const onSearch = useCallback((search: string) => update({ search }, { replace: true }), [update])

  const visible = (tasks.data?.items ?? []).filter((task) => !hidden.has(task.id))
  // Tasks of a project the user only views (or an archived one) cannot be selected for bulk changes.
  const projects = useProjects().data
  const selectable = visible.filter((task) => {
    const owner = projects?.find((candidate) => candidate.id === task.project_id)
    return !owner || canEditTasks(owner)
  })
  const selectedTasks = selectable.filter((task) => selected.has(task.id))
  const hiddenHere = (tasks.data?.items.length ?? 0) - visible.length
  const total = Math.max(0, (tasks.data?.total ?? 0) - hiddenHere)
  const reorderable = canEdit && canReorder(filters)
  // Past the last page (deletes emptied it, or an old link): go to the last page, without a new history entry.
  const lastPage = tasks.data?.pages ?? 0
  const pastTheEnd = !tasks.isPlaceholderData && lastPage >= 1 && filters.page > lastPage
  useEffect(() => {
    if (pastTheEnd) update({ page: lastPage }, { replace: true })
  }, [pastTheEnd, lastPage, update])

  const select = (ids: Iterable<number>) => setSelection({ key: paramsKey, ids: new Set(ids) })
  const onSelectMany = (chosen: Task[], on: boolean) => {
    const ids = new Set(chosen.map((task) => task.id))
    select(on ? [...selected, ...ids] : [...selected].filter((id) => !ids.has(id)))
  }
  const onSelect = (task: Task, on: boolean) => onSelectMany([task], on)
  const onMove = (move: MoveTaskInput) => {
    const task = visible.find((candidate) => candidate.id === move.id)
    if (task) actions.moveTask(task, move, visible)
  }
  const allSelected = selectable.length > 0 && selectedTasks.length === selectable.length

  return (
    <div>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        {project ? (
          <span className="me-auto" />
        ) : (
          <h1 className="fs-3 mb-0 me-auto">{assignee === 'me' ? 'Assigned to me' : 'Tasks'}</h1>
        )}
        <button
          type="button"
          className="btn btn-outline-secondary"
          aria-expanded={filtersOpen}
          aria-controls={filtersId}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          Filters{hasActiveFilters(filters) ? ' (on)' : ''}
        </button>
        {canEdit && (
          <button type="button" className="btn btn-primary" disabled={!online} onClick={() => openEditor(null)}>
            New task <kbd className="d-none d-sm-inline">n</kbd>
          </button>
        )}
      </div>
      <div>
        <div>
          <TaskFiltersPanel
            id={filtersId}
            open={filtersOpen}
            filters={filters}
            tagNames={tagNames}
            onChange={update}
            onClear={clear}
          />
        </div>
        <div>
          {canEdit && <QuickAdd projectId={projectId} assigneeIds={assignee === 'me' && me ? [me.id] : undefined} />}
          <TaskToolbar
            search={filters.search}
            sort={filters.sort}
            order={filters.order}
            searchRef={searchRef}
            onSearch={onSearch}
            onSort={update}
          />
          {tasks.isPending ? (
            <Spinner label="Loading tasks…" />
          ) : tasks.isError ? (
            <LoadError what="the tasks" error={tasks.error} onRetry={tasks.refetch} retrying={tasks.isFetching} />
          ) : (
            <>
              <div className="d-flex flex-wrap align-items-center gap-2 mb-2 small">
                {canEdit && selectable.length > 0 && (
                  <div className="form-check mb-0">
                    <input
                      className="form-check-input"
                      type="checkbox"
                      id={`${filtersId}-all`}
                      checked={allSelected}
                      ref={(input) => {
                        if (input) input.indeterminate = selectedTasks.length > 0 && !allSelected
                      }}
                      onChange={(event) => select(event.target.checked ? selectable.map((task) => task.id) : [])}
                    />
                    <label className="form-check-label" htmlFor={`${filtersId}-all`}>
                      Select all on this page
                    </label>
                  </div>
                )}
                <span className="ms-auto text-body-secondary" aria-live="polite">
                  {total} {total === 1 ? 'task' : 'tasks'}
                  {tasks.isFetching && <span className="visually-hidden"> (updating)</span>}
                </span>
              </div>
              {/* On phones the rows come first: the sort menu offers the manual order there. */}
              {canEdit && !reorderable && visible.length > 1 && (
                <p className="small text-body-secondary mb-2 d-none d-sm-block">
                  Sort by manual order to drag tasks.{' '}
                  <button
                    type="button"
                    className="btn btn-link btn-sm p-0 align-baseline"
                    onClick={() => update({ sort: 'position', order: 'asc' })}
                  >
                    Use manual order
                  </button>
                </p>
              )}
              {selectedTasks.length > 0 && (
                <BulkActions
                  count={selectedTasks.length}
                  tagNames={tagNames}
                  busy={actions.batchPending}
                  onComplete={() => actions.completeTasks(selectedTasks)}
                  onTag={(tag) => actions.tagTasks(selectedTasks, tag)}
                  onDelete={() => {
                    actions.deleteTasks(selectedTasks)
                    select([])
                  }}
                  onClear={() => select([])}
                />
              )}
              {pastTheEnd ? (
                <Spinner label="Going to the last page…" />
              ) : visible.length === 0 ? (
                <EmptyList
                  total={total}
                  filtered={hasActiveFilters(filters)}
                  onClear={clear}
                  onCreate={canEdit ? () => openEditor(null) : undefined}
                />
              ) : (
                <div className={tasks.isPlaceholderData ? 'opacity-50' : undefined}>
                  <TaskList
                    tasks={visible}
                    timeZone={timeZone}
                    now={now}
                    selected={selected}
                    busy={actions.busy}
                    onSelect={onSelect}
                    onSelectMany={onSelectMany}
                    onToggleComplete={actions.toggleComplete}
                    onOpen={(task) => openEditor(task.id)}
                    onDelete={(task) => actions.deleteTasks([task])}
                    onMove={reorderable ? onMove : undefined}
                    showProject={!project}
                  />
                </div>
              )}
              <TaskPagination
                page={filters.page}
                pages={tasks.data.pages}
                perPage={filters.perPage}
                onPage={(page) => update({ page })}
                onPerPage={(perPage) => update({ perPage })}
              />
            </>
          )}
        </div>
      </div>
      <TaskEditor
        open={creating}
        taskId={null}
        defaults={{
          projectId: projectId ?? null,
          assignees: assignee === 'me' && me ? [{ id: me.id, username: me.username }] : [],
        }}
        onClose={() => setCreating(false)}
      />
    </div>
  )
}
