import { AgendaPage } from '@/features/tasks/components/agenda-page'
import { useDocumentTitle } from '@/lib/use-document-title'

export function TodayRoute() {
  useDocumentTitle('Today')
  return <AgendaPage key="today" view="today" />
}

export function UpcomingRoute() {
  useDocumentTitle('Upcoming')
  return <AgendaPage key="upcoming" view="upcoming" />
}
