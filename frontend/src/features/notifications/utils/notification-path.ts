import type { Notification } from '../api/get-notifications'

const ABOUT_A_COMMENT = new Set<Notification['kind']>(['mentioned', 'commented'])

/**
 * The page a notification leads to: its task (on its comments for a mention or a comment), else its project,
 * else Settings (where teams and webhooks are managed). The same as the `url` of its push message and the link of its email
 * (backend/taskforge/notifications/wording.py).
 */
export function notificationPath(notification: Notification): string {
  if (notification.kind === 'webhook') return '/settings'
  if (notification.task_id !== null) {
    const tab = ABOUT_A_COMMENT.has(notification.kind) ? '?tab=comments' : ''
    return `/tasks/${notification.task_id}${tab}`
  }
  if (notification.project_id !== null) return `/projects/${notification.project_id}`
  return '/settings'
}
