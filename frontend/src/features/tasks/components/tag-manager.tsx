import { useId, useRef, useState, type ReactNode, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { Dialog } from '@/components/dialog'
import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { fieldHint } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useCreateTag } from '../api/create-tag'
import { useDeleteTag } from '../api/delete-tag'
import { useTags, type Tag } from '../api/get-tags'
import { useUpdateTag } from '../api/update-tag'

const DEFAULT_COLOR = '#6c757d'

interface TagErrors {
  name?: string | undefined
  color?: string | undefined
  form?: string | undefined
}

/** A write's error by field: a 409 is a name already taken, a 422 names its fields, the rest is for the form. */
function tagErrors(error: unknown): TagErrors {
  const { fields, alert } = formErrors(error, 'tag', ['name', 'color'], { conflict: () => 'name' })
  return { name: fields.name, color: fields.color, form: alert ?? undefined }
}

const plural = (count: number) => `${count} ${count === 1 ? 'task' : 'tasks'}`

/** The tags page: every tag with its colour and use, created, renamed, recoloured and deleted here. */
export function TagManager() {
  const tags = useTags()
  const [deleting, setDeleting] = useState<Tag | null>(null)
  return (
    <div className="container-fluid px-0 page-narrow">
      <h1 className="fs-3 mb-3">Tags</h1>
      <NewTagForm />
      <h2 className="fs-5 mt-4">Your tags</h2>
      {tags.isPending ? (
        <Spinner label="Loading tags…" />
      ) : tags.isError ? (
        <LoadError what="your tags" error={tags.error} onRetry={tags.refetch} retrying={tags.isFetching} />
      ) : tags.data.items.length === 0 ? (
        <p className="text-body-secondary">No tags yet. Create one above, or type a new name in a task&apos;s tags.</p>
      ) : (
        <ul className="list-group">
          {tags.data.items.map((tag) => (
            <TagRow key={tag.id} tag={tag} onDelete={() => setDeleting(tag)} />
          ))}
        </ul>
      )}
      <DeleteTagDialog tag={deleting} onClose={() => setDeleting(null)} />
    </div>
  )
}

function NewTagForm() {
  const create = useCreateTag()
  const id = useId()
  const [name, setName] = useState('')
  const [color, setColor] = useState(DEFAULT_COLOR)
  const [errors, setErrors] = useState<TagErrors>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusInvalid(formRef, errors)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    create.mutate(
      { name, color },
      {
        onSuccess: (tag) => {
          toast.success(`Tag “${tag.name}” created`)
          setName('')
          setErrors({})
        },
        onError: (error) => setErrors(tagErrors(error)),
      },
    )
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="border rounded p-3">
      <h2 id={`${id}-heading`} className="fs-5">
        New tag
      </h2>
      <FormAlert message={errors.form} />
      <TagFields name={name} color={color} errors={errors} onName={setName} onColor={setColor}>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create tag'}
        </button>
      </TagFields>
    </form>
  )
}

/** The name and colour of a tag, with the form's buttons beside them. */
function TagFields(props: {
  name: string
  color: string
  errors: TagErrors
  onName: (name: string) => void
  onColor: (color: string) => void
  children: ReactNode
}) {
  return (
    <div className="row g-2 align-items-start">
      <TextField
        className="col-sm"
        label="Name"
        maxLength={50}
        value={props.name}
        error={props.errors.name}
        hint={fieldHint('tag', 'name')}
        onChange={(event) => props.onName(event.target.value)}
      />
      <ColorField label="Colour" value={props.color} error={props.errors.color} onChange={props.onColor} />
      <div className="col-sm-auto align-self-end mb-3 d-flex gap-2">{props.children}</div>
    </div>
  )
}

function ColorField(props: { label: string; value: string; error?: string | undefined; onChange: (value: string) => void }) {
  const id = useId()
  return (
    <div className="col-auto mb-3">
      <label htmlFor={id} className="form-label">
        {props.label}
      </label>
      <input
        id={id}
        type="color"
        className={`form-control form-control-color${props.error ? ' is-invalid' : ''}`}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error && (
        <div id={`${id}-error`} className="invalid-feedback">
          {props.error}
        </div>
      )}
    </div>
  )
}

function TagRow({ tag, onDelete }: { tag: Tag; onDelete: () => void }) {
  const [editing, setEditing] = useState(false)
  if (editing) return <EditTagRow tag={tag} onDone={() => setEditing(false)} />
  return (
    <li className="list-group-item d-flex flex-wrap align-items-center gap-2">
      <span
        className="d-inline-block rounded border"
        style={{ width: '1.25rem', height: '1.25rem', background: tag.color }}
        aria-hidden="true"
      />
      <span className="fw-semibold text-break">{tag.name}</span>
      <span className="small text-body-secondary font-monospace">{tag.color}</span>
      <span className="small text-body-secondary">{plural(tag.task_count)}</span>
      <span className="ms-auto d-flex gap-2">
        <button
          type="button"
          className="btn btn-sm btn-outline-secondary"
          aria-label={`Edit tag ${tag.name}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="btn btn-sm btn-outline-danger"
          aria-label={`Delete tag ${tag.name}`}
          onClick={onDelete}
        >
          Delete
        </button>
      </span>
    </li>
  )
}

function EditTagRow({ tag, onDone }: { tag: Tag; onDone: () => void }) {
  const update = useUpdateTag()
  const [name, setName] = useState(tag.name)
  const [color, setColor] = useState(tag.color)
  const [errors, setErrors] = useState<TagErrors>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusInvalid(formRef, errors)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    const body = {
      ...(name !== tag.name ? { name } : {}),
      ...(color.toLowerCase() !== tag.color.toLowerCase() ? { color } : {}),
    }
    if (Object.keys(body).length === 0) {
      onDone()
      return
    }
    update.mutate(
      { id: tag.id, body },
      {
        onSuccess: (saved) => {
          toast.success(`Tag “${saved.name}” saved`)
          onDone()
        },
        onError: (error) => setErrors(tagErrors(error)),
      },
    )
  }

  return (
    <li className="list-group-item">
      <form ref={formRef} onSubmit={submit} noValidate aria-label={`Edit tag ${tag.name}`}>
        <FormAlert message={errors.form} />
        <TagFields name={name} color={color} errors={errors} onName={setName} onColor={setColor}>
          <button type="submit" className="btn btn-primary btn-sm" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onDone}>
            Cancel
          </button>
        </TagFields>
      </form>
    </li>
  )
}

function DeleteTagDialog({ tag, onClose }: { tag: Tag | null; onClose: () => void }) {
  const remove = useDeleteTag()
  const [error, setError] = useState<string | null>(null)
  const close = () => {
    setError(null)
    onClose()
  }
  function confirm() {
    if (!tag) return
    remove.mutate(tag.id, {
      onSuccess: () => {
        toast.success(`Tag “${tag.name}” deleted`)
        close()
      },
      onError: (failure) => setError(describeError(failure)),
    })
  }
  return (
    <Dialog
      open={tag !== null}
      title={tag ? `Delete tag “${tag.name}”?` : 'Delete tag?'}
      onClose={close}
      size="sm"
      footer={
        <>
          <button type="button" className="btn btn-outline-secondary" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" disabled={remove.isPending} onClick={confirm}>
            {remove.isPending ? 'Deleting…' : 'Delete tag'}
          </button>
        </>
      }
    >
      <FormAlert message={error} />
      {tag && (
        <p className="mb-0">
          It is removed from {plural(tag.task_count)}. The tasks themselves stay.
        </p>
      )}
    </Dialog>
  )
}
