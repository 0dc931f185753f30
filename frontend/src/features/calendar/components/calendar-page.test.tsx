import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'

import { currentUserQueryOptions } from '@/lib/auth/current-user'
import { server, setupMswServer } from '@/testing/msw-server'
import { createTestQueryClient, renderWithProviders } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { CalendarPage } from './calendar-page'

setupMswServer()

describe('CalendarPage', () => {
  // jsdom lays nothing out, so FullCalendar draws no event here (the e2e suite drags them in Chromium): this checks
  // what the page asks for and what it shows around the grid.
  it("asks for the visible days in the user's zone and lists the undated tasks in the tray", async () => {
    const now = new Date()
    // The 15th of this month, 14:30 UTC: 09:30 in New York (EST) or 10:30 (EDT).
    const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 15, 14, 30)).toISOString()
    const dentist = makeTask({ id: 1, title: 'Dentist', due_date: due })
    const plumber = makeTask({ id: 2, title: 'Call the plumber' })
    const ranges: string[] = []
    server.use(
      http.get('*/api/tasks', ({ request }) => {
        const query = new URL(request.url).searchParams
        if (query.get('due_after')) ranges.push(`${query.get('due_after')} ${query.get('due_before')}`)
        if (query.get('due_after')) return HttpResponse.json(makeTaskPage([dentist]))
        if (query.get('sort') === 'created_at') return HttpResponse.json(makeTaskPage([plumber, dentist]))
        return HttpResponse.json(makeTaskPage([]))
      }),
    )
    const queryClient = createTestQueryClient()
    queryClient.setQueryData(currentUserQueryOptions().queryKey, makeUser({ timezone: 'America/New_York' }))
    renderWithProviders(<CalendarPage reschedule={() => Promise.resolve()} />, { queryClient })

    expect(screen.getByRole('heading', { name: 'Calendar', level: 1 })).toBeInTheDocument()
    expect(screen.getByText(/^Times in America\/New_York/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Previous' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Week view' })).toBeInTheDocument()
    const tray = screen.getByRole('region', { name: 'No date' })
    expect(await within(tray).findByRole('link', { name: 'Call the plumber' })).toBeInTheDocument()
    expect(within(tray).queryByRole('link', { name: 'Dentist' })).not.toBeInTheDocument()
    // The month grid's weeks, bounded by midnight in New York (05:00 or 04:00 UTC), never the browser's zone.
    expect(ranges[0]).toMatch(/^\d{4}-\d{2}-\d{2}T0[34]:59:59\.999Z \d{4}-\d{2}-\d{2}T0[45]:00:00\.000Z$/)
  })
})
