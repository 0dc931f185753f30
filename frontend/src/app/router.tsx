import { createBrowserRouter, RouterProvider } from 'react-router'

import { AppLayout } from './layout'
import { RequireSession } from './require-session'
import { RouteError } from './route-error'
import { ActivityRoute } from './routes/activity'
import { DashboardRoute } from './routes/dashboard'
import { LoginRoute } from './routes/login'
import { NotFoundRoute } from './routes/not-found'
import { RegisterRoute } from './routes/register'
import { SettingsRoute } from './routes/settings'
import { TagsRoute } from './routes/tags'
import { TasksRoute } from './routes/tasks'

const routes = [
  { path: '/login', element: <LoginRoute />, errorElement: <RouteError /> },
  { path: '/register', element: <RegisterRoute />, errorElement: <RouteError /> },
  {
    errorElement: <RouteError />,
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      {
        // A page that fails keeps the navigation around it.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <TasksRoute /> },
          { path: 'dashboard', element: <DashboardRoute /> },
          { path: 'tags', element: <TagsRoute /> },
          { path: 'activity', element: <ActivityRoute /> },
          { path: 'settings', element: <SettingsRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]

const router = createBrowserRouter(routes)

export function AppRouter() {
  return <RouterProvider router={router} />
}
