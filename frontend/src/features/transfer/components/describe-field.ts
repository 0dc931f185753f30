import type { ImportDocument } from '../api/import-tasks'

const TASK_FIELD = /^tasks\[(\d+)\](?:\.(.+))?$/

/** "Task 4 “Buy milk”, parent_id" for `tasks[3].parent_id`: people count from 1 and know their tasks by title. */
export function describeField(field: string, document: ImportDocument | null): string {
  const match = TASK_FIELD.exec(field)
  if (!match) return field
  const index = Number(match[1])
  const title = document?.tasks[index]?.title
  const task = `Task ${index + 1}${typeof title === 'string' && title ? ` “${title}”` : ''}`
  return match[2] ? `${task}, ${match[2]}` : task
}
