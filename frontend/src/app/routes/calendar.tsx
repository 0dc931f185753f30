import { useCallback } from 'react'

import { CalendarPage, type Reschedule } from '@/features/calendar/components/calendar-page'
import { etagOf } from '@/features/tasks/api/get-tasks'
import { useUpdateTask } from '@/features/tasks/api/update-task'
import { useDocumentTitle } from '@/lib/use-document-title'

/**
 * `/calendar` (loaded when first opened, with its calendar library). Features do not import each other: the tasks
 * feature's update saves a move (If-Match the task's version), and its settle refetches every task list, so Today and
 * Upcoming show the new date too.
 */
export function CalendarRoute() {
  useDocumentTitle('Calendar')
  const { mutateAsync } = useUpdateTask()
  const reschedule = useCallback<Reschedule>(
    (task, due) => mutateAsync({ id: task.id, body: { due_date: due }, etag: etagOf(task) }),
    [mutateAsync],
  )
  return <CalendarPage reschedule={reschedule} />
}
