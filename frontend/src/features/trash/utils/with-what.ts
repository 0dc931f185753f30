import type { TrashItem } from '../api/get-trash'

/** What comes back with an item, in words: "with 3 subtasks", "with 12 tasks"; null when nothing does. */
export function withWhat(item: TrashItem): string | null {
  const count = item.kind === 'task' ? item.subtask_count : item.task_count
  if (!count) return null
  const noun = item.kind === 'task' ? 'subtask' : 'task'
  return `with ${count} ${noun}${count === 1 ? '' : 's'}`
}
