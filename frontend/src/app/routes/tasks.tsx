import { TasksPage } from '@/features/tasks/components/tasks-page'
import { useDocumentTitle } from '@/lib/use-document-title'

export function TasksRoute() {
  useDocumentTitle('Tasks')
  return <TasksPage />
}
