import type { AuditEvent } from '@/lib/audit/describe-changes'

/** The task's title as the event knew it (a create, a rename or a delete carries it); null otherwise. */
export function titleOf(event: AuditEvent): string | null {
  const [before, after] = event.changes.title ?? []
  const title = after ?? before
  return typeof title === 'string' ? title : null
}

/** The latest title each task had in these events (newest first), so events without one still name it. */
export function knownTitles(events: AuditEvent[]): Map<number, string> {
  const titles = new Map<number, string>()
  for (const event of events) {
    const title = titleOf(event)
    // The first title met is the newest: older pages only name tasks not named yet.
    if (title !== null && !titles.has(event.task_id)) titles.set(event.task_id, title)
  }
  return titles
}
