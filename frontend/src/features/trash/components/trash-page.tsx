import { useState } from 'react'
import { useNavigate } from 'react-router'
import { toast } from 'react-toastify/unstyled'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'
import { useTimeZone } from '@/lib/auth/current-user'

import { useEmptyTrash } from '../api/empty-trash'
import { useTrash, type TrashItem } from '../api/get-trash'
import { usePurgeTrashItem } from '../api/purge-trash-item'
import { useRestoreTrashItem, type Restored } from '../api/restore-trash-item'
import { TrashEntry } from './trash-entry'

type Confirming = { kind: 'purge'; item: TrashItem } | { kind: 'empty' } | null

// Toasts render outside the router: "Open it" navigates through a callback, not a <Link>.
function RestoredMessage({ restored, onOpen }: { restored: Restored; onOpen: (to: string) => void }) {
  const [label, to] =
    restored.kind === 'task'
      ? [restored.task.title, `/tasks/${restored.task.id}`]
      : [restored.project.name, `/projects/${restored.project.id}`]
  return (
    <span>
      Restored “{label}”.{' '}
      <button type="button" className="btn btn-link btn-sm p-0 align-baseline" onClick={() => onOpen(to)}>
        Open it
      </button>
    </span>
  )
}

/** The trash: what the person may restore, newest deletion first; restore, delete one for good, or empty it. */
export function TrashPage() {
  const timeZone = useTimeZone()
  const navigate = useNavigate()
  const trash = useTrash()
  const restore = useRestoreTrashItem()
  const purge = usePurgeTrashItem()
  const empty = useEmptyTrash()
  const [confirming, setConfirming] = useState<Confirming>(null)
  const items = trash.data?.pages.flatMap((page) => page.items) ?? []
  const busy = restore.isPending || purge.isPending || empty.isPending

  const onRestore = (item: TrashItem) =>
    restore.mutate(item.id, {
      onSuccess: (restored) => toast.success(<RestoredMessage restored={restored} onOpen={(to) => void navigate(to)} />),
      onError: (error) => toast.error(`Could not restore “${item.title}”. ${describeError(error)}`),
    })

  const onConfirm = () => {
    if (!confirming) return
    const done = { onSettled: () => setConfirming(null) }
    if (confirming.kind === 'empty') {
      empty.mutate(undefined, {
        ...done,
        onSuccess: () => toast.success('The trash is empty.'),
        onError: (error) => toast.error(`Could not empty the trash. ${describeError(error)}`),
      })
      return
    }
    const { item } = confirming
    purge.mutate(item.id, {
      ...done,
      onSuccess: () => toast.success(`Deleted “${item.title}” for good.`),
      onError: (error) => toast.error(`Could not delete “${item.title}”. ${describeError(error)}`),
    })
  }

  return (
    <section aria-labelledby="trash-heading">
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <h1 id="trash-heading" className="h3 mb-0 me-auto">
          Trash
        </h1>
        {items.length > 0 && (
          <button type="button" className="btn btn-sm btn-outline-danger" disabled={busy} onClick={() => setConfirming({ kind: 'empty' })}>
            Empty trash
          </button>
        )}
      </div>
      <p className="text-body-secondary">
        Deleted tasks and projects wait here until the date shown, then they are deleted for good. A task comes back with
        its subtasks, comments, tags and reminders; a project with its tasks.
      </p>
      {trash.isPending && <Spinner label="Loading the trash…" />}
      {trash.isError && (
        <LoadError what="the trash" error={trash.error} onRetry={() => trash.refetch()} retrying={trash.isFetching} />
      )}
      {trash.isSuccess && items.length === 0 && <p>The trash is empty.</p>}
      {items.length > 0 && (
        <ul className="list-group" aria-label="Deleted tasks and projects">
          {items.map((item) => (
            <TrashEntry
              key={item.id}
              item={item}
              timeZone={timeZone}
              busy={busy}
              onRestore={onRestore}
              onPurge={(chosen) => setConfirming({ kind: 'purge', item: chosen })}
            />
          ))}
        </ul>
      )}
      {trash.hasNextPage && (
        <button
          type="button"
          className="btn btn-outline-secondary mt-3"
          disabled={trash.isFetchingNextPage}
          onClick={() => void trash.fetchNextPage()}
        >
          {trash.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </button>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming?.kind === 'purge' ? `Delete “${confirming.item.title}” for good?` : 'Empty the trash?'}
        confirmLabel={confirming?.kind === 'purge' ? 'Delete for good' : 'Empty trash'}
        danger
        busy={purge.isPending || empty.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={onConfirm}
      >
        <p className="mb-0">
          {confirming?.kind === 'purge'
            ? 'It is deleted with everything that came with it, for everyone. This cannot be undone.'
            : 'Everything listed here is deleted for everyone. This cannot be undone.'}
        </p>
      </ConfirmDialog>
    </section>
  )
}
