import { useLocation, useOutlet, useRoutes, type RouteObject } from 'react-router'

import { backgroundOf } from '@/lib/background-location'

import { AssignedRoute } from './routes/assigned'
import { InboxRoute, ProjectRoute } from './routes/project'
import { TasksRoute } from './routes/tasks'
import { TodayRoute, UpcomingRoute } from './routes/today'

/**
 * The task lists a task can be opened over (the same pages as in router.tsx): rendered here, by their own location,
 * so that the list stays mounted (its scroll, its focused row) while a task's editor is open over it.
 */
const LIST_ROUTES: RouteObject[] = [
  { index: true, element: <TasksRoute /> },
  { path: 'inbox', element: <InboxRoute /> },
  { path: 'today', element: <TodayRoute /> },
  { path: 'upcoming', element: <UpcomingRoute /> },
  { path: 'assigned', element: <AssignedRoute /> },
  { path: 'projects/:projectId', element: <ProjectRoute /> },
]

/**
 * The page: a task list (the one on screen, or the one a task was opened over), and the page on top of it
 * (`/tasks/<id>` opened from a list); any other page on its own.
 */
export function PageOutlet() {
  const location = useLocation()
  const outlet = useOutlet()
  const background = backgroundOf(location)
  // Always by an explicit location, so the list's element is the same whether or not a task is open over it.
  const list = useRoutes(LIST_ROUTES, background ?? location)
  return (
    <>
      {list}
      {list && !background ? null : outlet}
    </>
  )
}
