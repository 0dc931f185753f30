import type { Notification } from '../api/get-notifications'

/** What happened, in words: "Reminder", "Ada assigned you", "Ada mentioned you", ... */
export function describeKind(notification: Notification): string {
  const who = notification.actor?.username ?? 'Someone'
  switch (notification.kind) {
    case 'reminder':
      return 'Reminder'
    case 'assigned':
      return `${who} assigned you`
    case 'mentioned':
      return `${who} mentioned you`
    case 'commented':
      return `${who} commented`
    case 'shared':
      return notification.team_id !== null ? `${who} added you to the team` : `${who} shared the project`
    case 'webhook':
      return 'A webhook was turned off after failing for 24 hours'
  }
}
