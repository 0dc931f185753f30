import { createBrowserRouter, RouterProvider } from 'react-router'

import { AppLayout } from './layout'
import { RequireSession } from './require-session'
import { RouteError } from './route-error'
import { ConfirmEmailRoute, ForgotPasswordRoute, ResetPasswordRoute, VerifyEmailRoute } from './routes/account-email'
import { ActivityRoute } from './routes/activity'
import { AssignedRoute } from './routes/assigned'
import { DashboardRoute } from './routes/dashboard'
import { LoginRoute } from './routes/login'
import { NotFoundRoute } from './routes/not-found'
import { InboxRoute, ProjectRoute } from './routes/project'
import { RegisterRoute } from './routes/register'
import { SharedRoute } from './routes/shared'
import { TagsRoute } from './routes/tags'
import { TaskRoute } from './routes/task'
import { TasksRoute } from './routes/tasks'
import { TodayRoute, UpcomingRoute } from './routes/today'
import { TrashRoute } from './routes/trash'

const routes = [
  { path: '/login', element: <LoginRoute />, errorElement: <RouteError /> },
  { path: '/register', element: <RegisterRoute />, errorElement: <RouteError /> },
  // Where account emails link to (signed in or not).
  { path: '/forgot-password', element: <ForgotPasswordRoute />, errorElement: <RouteError /> },
  { path: '/reset-password', element: <ResetPasswordRoute />, errorElement: <RouteError /> },
  { path: '/verify-email', element: <VerifyEmailRoute />, errorElement: <RouteError /> },
  { path: '/confirm-email', element: <ConfirmEmailRoute />, errorElement: <RouteError /> },
  // The read-only link the API hands out (`<origin>/shared/<token>`): no sign-in.
  { path: '/shared/:token', element: <SharedRoute />, errorElement: <RouteError /> },
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
          { path: 'inbox', element: <InboxRoute /> },
          { path: 'today', element: <TodayRoute /> },
          { path: 'upcoming', element: <UpcomingRoute /> },
          { path: 'assigned', element: <AssignedRoute /> },
          // Where notifications and push messages link to.
          { path: 'tasks/:taskId', element: <TaskRoute /> },
          { path: 'projects/:projectId', element: <ProjectRoute /> },
          { path: 'dashboard', element: <DashboardRoute /> },
          { path: 'tags', element: <TagsRoute /> },
          { path: 'activity', element: <ActivityRoute /> },
          { path: 'trash', element: <TrashRoute /> },
          // Loaded when first opened (account, calendar, teams, notification and push settings): kept out of
          // the bundle every page loads.
          { path: 'calendar', lazy: async () => ({ Component: (await import('./routes/calendar')).CalendarRoute }) },
          { path: 'settings', lazy: async () => ({ Component: (await import('./routes/settings')).SettingsRoute }) },
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
