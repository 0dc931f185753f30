import { useRef, useState, type SubmitEvent } from 'react'
import { useNavigate } from 'react-router'
import { toast } from 'react-toastify/unstyled'

import { Dialog } from '@/components/dialog'
import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { formErrors } from '@/lib/api/form-errors'
import { describeError, isApiError } from '@/lib/api/problem'

import { useDeleteAccount, type ProjectChoice } from '../api/delete-account'
import { useDeletionPreview, type DeletionPreview } from '../api/get-deletion-preview'
import { SharedProjectChoice, type Choice } from './shared-project-choice'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

function WhatGoes({ preview }: { preview: DeletionPreview }) {
  return (
    <ul className="small">
      <li>
        Deleted with your account:{' '}
        {preview.deleted_projects
          .map((project) => `${project.name} (${plural(project.tasks_count, 'task', 'tasks')})`)
          .join(', ')}
        {preview.tags_count > 0 && `; ${plural(preview.tags_count, 'tag', 'tags')}`}; your settings, tokens and
        notifications.
      </li>
      {(preview.kept_tasks_count > 0 || preview.kept_comments_count > 0) && (
        <li>
          Kept in other people’s projects: {plural(preview.kept_tasks_count, 'task', 'tasks')} you created (they pass
          to each project’s owner) and {plural(preview.kept_comments_count, 'comment', 'comments')} you wrote (shown as
          by a deleted account).
        </li>
      )}
    </ul>
  )
}

function initialChoices(preview: DeletionPreview): Record<number, Choice> {
  return Object.fromEntries(
    preview.shared_projects.map((project) => [project.id, { action: 'transfer', to: project.members[0]?.id ?? null }]),
  )
}

function requestChoices(preview: DeletionPreview, choices: Record<number, Choice>): ProjectChoice[] {
  return preview.shared_projects.map((project) => {
    const choice = choices[project.id] ?? { action: 'transfer', to: project.members[0]?.id ?? null }
    return choice.action === 'delete' || choice.to === null
      ? { id: project.id, action: 'delete' }
      : { id: project.id, action: 'transfer', to_user_id: choice.to }
  })
}

/** The danger zone's steps: what goes and what stays, a decision per shared project, the password, a confirmation. */
export function DeletionForm({ onCancel }: { onCancel: () => void }) {
  const preview = useDeletionPreview(true)
  const navigate = useNavigate()
  const remove = useDeleteAccount(() => {
    toast.success('Your account has been deleted.')
    void navigate('/login', { replace: true })
  })
  const formRef = useRef<HTMLFormElement>(null)
  const [password, setPassword] = useState('')
  const [choices, setChoices] = useState<Record<number, Choice> | null>(null)
  const [confirming, setConfirming] = useState(false)
  const errors = formErrors(remove.error, 'login', ['password'])
  const conflict = isApiError(remove.error) && remove.error.status === 409
  useFocusInvalid(formRef, remove.error)

  if (preview.isPending) return <p aria-live="polite">Loading what your account holds…</p>
  if (preview.isError) return <FormAlert message={describeError(preview.error)} />
  const data = preview.data
  const current = choices ?? initialChoices(data)

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    setConfirming(true)
  }
  const confirm = () => {
    setConfirming(false)
    remove.mutate({ password, projects: requestChoices(data, current) })
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Delete your account">
      <FormAlert
        message={
          conflict
            ? 'Someone started using one of your projects meanwhile: choose what becomes of it below, then try again.'
            : errors.alert
        }
      />
      <WhatGoes preview={data} />
      {data.shared_projects.length > 0 && (
        <>
          <p className="small mb-2">Other people use these projects of yours. Choose for each:</p>
          {data.shared_projects.map((project) => (
            <SharedProjectChoice
              key={project.id}
              project={project}
              choice={current[project.id] ?? { action: 'transfer', to: project.members[0]?.id ?? null }}
              onChange={(choice) => setChoices({ ...current, [project.id]: choice })}
            />
          ))}
        </>
      )}
      <TextField
        label="Your password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
        required
      />
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-danger" disabled={remove.isPending || password === ''}>
          {remove.isPending ? 'Deleting…' : 'Delete my account'}
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <Dialog
        open={confirming}
        title="Delete your account for good?"
        onClose={() => setConfirming(false)}
        size="sm"
        footer={
          <>
            <button type="button" className="btn btn-outline-secondary" onClick={() => setConfirming(false)}>
              Keep my account
            </button>
            <button type="button" className="btn btn-danger" onClick={confirm}>
              Delete for good
            </button>
          </>
        }
      >
        <p className="mb-0">This cannot be undone: you are signed out everywhere and your data is gone.</p>
      </Dialog>
    </form>
  )
}
