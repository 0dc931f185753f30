import { Link } from 'react-router'

import { formatInZone, relativeTime } from '@/lib/zoned-time'

import type { TrashItem } from '../api/get-trash'
import { withWhat } from '../utils/with-what'

interface TrashEntryProps {
  item: TrashItem
  timeZone: string
  busy: boolean
  onRestore: (item: TrashItem) => void
  onPurge: (item: TrashItem) => void
}

/** One deleted task or project: what it is, where it was, who deleted it when, when it goes for good; Restore and Delete for good. */
export function TrashEntry({ item, timeZone, busy, onRestore, onPurge }: TrashEntryProps) {
  const where =
    item.kind === 'task' ? (
      <>
        Task in <Link to={`/projects/${item.project_id}`}>{item.project_name}</Link>
      </>
    ) : (
      'Project'
    )
  const extra = withWhat(item)
  return (
    <li className="list-group-item d-flex flex-wrap align-items-center gap-2 py-2">
      <div className="me-auto min-w-0">
        <div className="fw-medium text-break">{item.title}</div>
        <div className="small text-body-secondary">
          {where}
          {extra && ` · ${extra}`} · deleted{item.deleted_by ? ` by ${item.deleted_by.username}` : ''}{' '}
          <time dateTime={item.deleted_at} title={formatInZone(item.deleted_at, timeZone)}>
            {relativeTime(item.deleted_at)}
          </time>{' '}
          · gone for good on{' '}
          <time dateTime={item.purge_at}>{formatInZone(item.purge_at, timeZone, 'd MMM yyyy')}</time>
        </div>
      </div>
      <div className="d-flex gap-2">
        <button
          type="button"
          className="btn btn-sm btn-outline-primary"
          disabled={busy}
          aria-label={`Restore “${item.title}”`}
          onClick={() => onRestore(item)}
        >
          Restore
        </button>
        <button
          type="button"
          className="btn btn-sm btn-outline-danger"
          disabled={busy}
          aria-label={`Delete “${item.title}” for good`}
          onClick={() => onPurge(item)}
        >
          Delete for good
        </button>
      </div>
    </li>
  )
}
