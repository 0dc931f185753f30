import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { AssignedRoute } from './assigned'

setupMswServer()

it('lists the tasks given to the user under its own title', async () => {
  let query: URLSearchParams | undefined
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/tasks', ({ request }) => {
      query = new URL(request.url).searchParams
      return HttpResponse.json(makeTaskPage([makeTask({ title: 'Review the plan', assignees: [{ id: 1, username: 'ada' }] })]))
    }),
  )
  renderWithProviders(<AssignedRoute />, { route: '/assigned' })
  expect(await screen.findByRole('button', { name: 'Review the plan' })).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Assigned to me', level: 1 })).toBeInTheDocument()
  expect(screen.getByRole('img', { name: 'ada' })).toBeInTheDocument()
  expect(query?.get('assignee')).toBe('me')
  expect(document.title).toBe('Assigned to me · TaskForge')
})
