import type { WebhookEvent } from '../api/get-webhooks'

/** Each event a webhook may subscribe to, as people read it. */
export const EVENT_LABELS: [WebhookEvent, string][] = [
  ['task.created', 'Task created'],
  ['task.updated', 'Task changed'],
  ['task.completed', 'Task completed'],
  ['task.deleted', 'Task deleted'],
  ['task.restored', 'Task restored'],
  ['comment.created', 'Comment added'],
  ['comment.updated', 'Comment edited'],
  ['comment.deleted', 'Comment deleted'],
]

export const eventLabel = (event: string) => EVENT_LABELS.find(([name]) => name === event)?.[1] ?? event
