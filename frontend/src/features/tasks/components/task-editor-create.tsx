import { useRef, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import type { FieldMessages } from '@/lib/api/field-messages'
import { fieldMessagesOf } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useCreateTask } from '../api/create-task'
import { emptyValues, toFields, type NewTaskDefaults } from '../utils/task-form-values'
import { TaskForm } from './task-form'

interface CreateTaskFormProps {
  zone: string
  /** Where the task goes (and to whom) unless the user picks otherwise. */
  defaults?: NewTaskDefaults
  onClose: () => void
}

/** A new top-level task: POST with an Idempotency-Key that a retry of the same body reuses. */
export function CreateTaskForm({ zone, defaults, onClose }: CreateTaskFormProps) {
  const [values, setValues] = useState(() => emptyValues(defaults))
  const [errors, setErrors] = useState<FieldMessages>({})
  const [alert, setAlert] = useState<string | null>(null)
  const attempt = useRef<{ key: string; body: string } | null>(null)
  const create = useCreateTask()

  function submit() {
    const body = { ...toFields(values, zone), completed: false, parent_id: null }
    const serialised = JSON.stringify(body)
    // Same body as the failed attempt: the same submission, retried (the API answers it at most once).
    if (attempt.current?.body !== serialised) attempt.current = { key: crypto.randomUUID(), body: serialised }
    setAlert(null)
    create.mutate(
      { body, idempotencyKey: attempt.current.key },
      {
        onSuccess: () => {
          attempt.current = null
          toast.success('Task created')
          onClose()
        },
        onError: (error) => {
          const fieldErrors = fieldMessagesOf(error, 'task')
          setErrors(fieldErrors)
          if (Object.keys(fieldErrors).length === 0) setAlert(describeError(error))
        },
      },
    )
  }

  return (
    <TaskForm
      values={values}
      onChange={setValues}
      onSubmit={submit}
      zone={zone}
      errors={errors}
      alert={alert}
      submitLabel="Create task"
      busy={create.isPending}
      onCancel={onClose}
    />
  )
}
