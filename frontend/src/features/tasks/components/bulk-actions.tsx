import { useId, useState } from 'react'

export interface BulkActionsProps {
  count: number
  tagNames: readonly string[]
  busy: boolean
  onComplete: () => void
  onTag: (tag: string) => void
  onDelete: () => void
  onClear: () => void
}

/** What to do with the selected tasks: complete, tag, delete (none while a bulk change of them is running). */
export function BulkActions({ count, tagNames, busy, onComplete, onTag, onDelete, onClear }: BulkActionsProps) {
  const id = useId()
  const [tag, setTag] = useState('')
  const name = tag.trim()
  return (
    <section
      aria-label="Selected tasks"
      className="d-flex flex-wrap align-items-center gap-2 p-2 mb-2 border rounded bg-body-tertiary"
    >
      <span className="fw-semibold me-1">{count} selected</span>
      <button type="button" className="btn btn-sm btn-success" disabled={busy} onClick={onComplete}>
        Complete
      </button>
      <form
        className="d-flex gap-1"
        onSubmit={(event) => {
          event.preventDefault()
          if (!name) return
          onTag(name)
          setTag('')
        }}
      >
        <label className="visually-hidden" htmlFor={`${id}-tag`}>
          Tag to add
        </label>
        <input
          id={`${id}-tag`}
          className="form-control form-control-sm"
          list={`${id}-tags`}
          placeholder="Tag"
          maxLength={50}
          value={tag}
          onChange={(event) => setTag(event.target.value)}
        />
        <datalist id={`${id}-tags`}>
          {tagNames.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
        <button type="submit" className="btn btn-sm btn-outline-primary text-nowrap" disabled={busy || !name}>
          Add tag
        </button>
      </form>
      <button type="button" className="btn btn-sm btn-outline-danger" disabled={busy} onClick={onDelete}>
        Delete
      </button>
      <button type="button" className="btn btn-sm btn-link" onClick={onClear}>
        Clear selection
      </button>
    </section>
  )
}
