import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import type { FieldMessages } from '@/lib/api/field-messages'
import { fieldMessagesOf } from '@/lib/api/form-errors'
import { describeError, isApiError } from '@/lib/api/problem'

import { taskQueryOptions } from '../api/get-task'
import { etagOf, type Task } from '../api/get-tasks'
import { useUpdateTask } from '../api/update-task'
import {
  changedFields,
  differingFields,
  mergeValues,
  toFields,
  valuesFromTask,
  type TaskFormValues,
} from '../utils/task-form-values'
import { ConflictPanel } from './conflict-panel'
import { TaskForm } from './task-form'

interface EditTaskFormProps {
  task: Task
  zone: string
  /** Only to look at: the user may not change tasks in its project. */
  readOnly?: boolean
  onClose: () => void
}

/**
 * Edits a task: PATCHes only the changed fields with If-Match on the version the form was loaded from. A 412
 * shows the newer version and lets the user re-apply their changes on it, or take it.
 */
export function EditTaskForm({ task, zone, readOnly = false, onClose }: EditTaskFormProps) {
  const queryClient = useQueryClient()
  const update = useUpdateTask()
  // The version the form's values started from: the one the user's changes are relative to.
  const [base, setBase] = useState(task)
  const [values, setValues] = useState<TaskFormValues>(() => valuesFromTask(task, zone))
  const [errors, setErrors] = useState<FieldMessages>({})
  const [alert, setAlert] = useState<string | null>(null)
  const [theirs, setTheirs] = useState<Task | null>(null)
  const [loadingTheirs, setLoadingTheirs] = useState(false)

  async function showConflict() {
    setLoadingTheirs(true)
    try {
      setTheirs(await queryClient.query({ ...taskQueryOptions(task.id), staleTime: 0 }))
    } catch (error) {
      setAlert(
        isApiError(error) && error.status === 404 ? 'Someone else deleted this task.' : describeError(error),
      )
    } finally {
      setLoadingTheirs(false)
    }
  }

  function save(from: Task, next: TaskFormValues) {
    const body = changedFields(from, next, zone)
    if (Object.keys(body).length === 0) {
      onClose()
      return
    }
    setAlert(null)
    setErrors({})
    update.mutate(
      { id: task.id, body, etag: etagOf(from) },
      {
        onSuccess: () => {
          toast.success('Task saved')
          onClose()
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            void showConflict()
            return
          }
          const fieldErrors = fieldMessagesOf(error, 'task')
          setErrors(fieldErrors)
          if (Object.keys(fieldErrors).length === 0) setAlert(describeError(error))
        },
      },
    )
  }

  const yours = differingFields(toFields(valuesFromTask(base, zone), zone), toFields(values, zone))

  function applyMine(newer: Task) {
    const merged = mergeValues(valuesFromTask(newer, zone), values, yours)
    setBase(newer)
    setValues(merged)
    setTheirs(null)
    save(newer, merged)
  }

  function discardMine(newer: Task) {
    setBase(newer)
    setValues(valuesFromTask(newer, zone))
    setTheirs(null)
    setErrors({})
    setAlert(null)
  }

  const notice = theirs && (
    <ConflictPanel
      theirs={theirs}
      theirFields={toFields(valuesFromTask(theirs, zone), zone)}
      yourFields={toFields(values, zone)}
      yourPeople={values.assignees}
      yours={yours}
      changedByThem={differingFields(toFields(valuesFromTask(base, zone), zone), toFields(valuesFromTask(theirs, zone), zone))}
      zone={zone}
      busy={update.isPending}
      onApply={() => applyMine(theirs)}
      onDiscard={() => discardMine(theirs)}
    />
  )

  return (
    <TaskForm
      values={values}
      onChange={setValues}
      onSubmit={() => save(base, values)}
      zone={zone}
      errors={errors}
      alert={alert}
      submitLabel="Save changes"
      busy={update.isPending || loadingTheirs}
      onCancel={onClose}
      notice={notice}
      showProject={task.parent_id === null}
      readOnly={readOnly}
    />
  )
}
