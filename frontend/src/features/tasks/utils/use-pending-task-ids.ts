import { useMutationState } from '@tanstack/react-query'
import { useMemo } from 'react'

import { taskWriteKey } from '../api/update-task'

const hasId = (value: unknown): value is { id: number } =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number'

/** The tasks a write's variables name: `{ id }` (update, move), `{ tasks }` (batch update), or a list of tasks (deletes). */
function idsOf(variables: unknown): number[] {
  if (Array.isArray(variables)) return variables.filter(hasId).map((task) => task.id)
  if (typeof variables === 'object' && variables !== null && 'tasks' in variables && Array.isArray(variables.tasks)) {
    return idsOf(variables.tasks)
  }
  return hasId(variables) ? [variables.id] : []
}

/** The ids of the tasks a task write in flight is changing (show them busy; a second change would send a stale ETag). */
export function usePendingTaskIds(): ReadonlySet<number> {
  const ids = useMutationState({
    filters: { mutationKey: taskWriteKey, status: 'pending' },
    select: (mutation) => idsOf(mutation.state.variables),
  })
  const key = ids.flat().join(',')
  // A new set only when the ids change, not on every render of the mutation state.
  return useMemo(() => new Set(key ? key.split(',').map(Number) : []), [key])
}
