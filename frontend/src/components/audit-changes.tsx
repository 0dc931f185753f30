import { describeChanges, type AuditEvent, type DescribeOptions } from '@/lib/audit/describe-changes'

interface AuditChangesProps extends DescribeOptions {
  event: AuditEvent
  timeZone: string
  className?: string
}

/** An audit event's changed fields, one line each in words (user text rendered as text); nothing when none. */
export function AuditChanges({ event, timeZone, titleShown, className = '' }: AuditChangesProps) {
  const changes = describeChanges(event, timeZone, { titleShown })
  if (changes.length === 0) return null
  return (
    <ul className={`small mb-0 text-break ${className}`.trim()} aria-label="Changed fields">
      {changes.map((change) => (
        <li key={change.field}>{change.text}</li>
      ))}
    </ul>
  )
}
