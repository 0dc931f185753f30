import { TasksPage } from '@/features/tasks/components/tasks-page'
import { useDocumentTitle } from '@/lib/use-document-title'

/** The tasks given to the user, in every project they see: the task list with `assignee=me`. */
export function AssignedRoute() {
  useDocumentTitle('Assigned to me')
  return <TasksPage key="assigned" assignee="me" />
}
