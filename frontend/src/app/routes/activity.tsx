import { ActivityLog } from '@/features/audit/components/activity-log'
import { useDocumentTitle } from '@/lib/use-document-title'

export function ActivityRoute() {
  useDocumentTitle('Activity')
  return <ActivityLog />
}
