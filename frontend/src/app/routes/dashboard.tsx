import { StatsDashboard } from '@/features/stats/components/stats-dashboard'
import { useDocumentTitle } from '@/lib/use-document-title'

export function DashboardRoute() {
  useDocumentTitle('Dashboard')
  return <StatsDashboard />
}
