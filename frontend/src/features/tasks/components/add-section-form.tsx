import { useState, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { PlusIcon } from '@/components/icons'
import { formErrors } from '@/lib/api/form-errors'

import { useCreateSection } from '../api/create-section'

/** "Add section" at the end of the board (admins): a name, then a new column. */
export function AddSectionForm({ projectId }: { projectId: number }) {
  const create = useCreateSection()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return
    setError(undefined)
    create.mutate(
      { projectId, name: trimmed },
      {
        onSuccess: () => setName(''),
        onError: (failure) => {
          // The name's problem under the name; anything else (no right, no answer) in a toast.
          const { fields, alert } = formErrors(failure, 'section', ['name'])
          setError(fields.name)
          if (alert) toast.error(alert)
        },
      },
    )
  }

  if (!open) {
    return (
      <button type="button" className="btn btn-outline-secondary board-add-section flex-shrink-0" onClick={() => setOpen(true)}>
        <PlusIcon /> Add section
      </button>
    )
  }
  return (
    <form className="board-column rounded-3 p-2 d-grid gap-2" onSubmit={submit}>
      <label htmlFor={`new-section-${projectId}`} className="form-label small fw-semibold mb-0">
        Name of the new section
      </label>
      <input
        id={`new-section-${projectId}`}
        className={`form-control form-control-sm${error ? ' is-invalid' : ''}`}
        value={name}
        maxLength={100}
        ref={(input) => input?.focus()}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `new-section-${projectId}-error` : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            setOpen(false)
          }
        }}
      />
      {error && (
        <div id={`new-section-${projectId}-error`} className="invalid-feedback d-block mt-0">
          {error}
        </div>
      )}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-sm btn-primary" disabled={create.isPending || !name.trim()}>
          Add section
        </button>
        <button type="button" className="btn btn-sm btn-link link-body-emphasis" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
