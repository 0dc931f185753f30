import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { ExportImport } from './export-import'

setupMswServer()

const exportDocument = {
  format: 'taskforge',
  version: 1,
  tags: [{ name: 'home', color: '#123456' }],
  tasks: [
    { id: 1, title: 'Water plants', priority: 2 },
    { id: 2, title: '<img src=x onerror=alert(1)>', priority: 3, parent_id: 99 },
  ],
}
const jsonFile = (content: unknown, name = 'taskforge-export.json') =>
  new File([JSON.stringify(content)], name, { type: 'application/json' })

describe('ExportImport — export', () => {
  it.each([
    ['JSON', 'json', 'application/json'],
    ['CSV', 'csv', 'text/csv'],
  ])('downloads the %s export with the token and the server’s file name', async (label, format, type) => {
    let asked: { format: string | null; auth: string | null } | null = null
    server.use(
      http.get('*/api/export', ({ request }) => {
        asked = { format: new URL(request.url).searchParams.get('format'), auth: request.headers.get('Authorization') }
        return new HttpResponse(format === 'json' ? '{}' : 'id,title\n', {
          headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename=taskforge-export-2025-11-24.${format}` },
        })
      }),
    )
    localStorage.setItem('taskforge.session', JSON.stringify({ accessToken: 'access', refreshToken: 'refresh' }))
    const created: Blob[] = []
    // jsdom has no object URLs.
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:export'
    })
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const clicked: { href: string; download: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })

    renderWithProviders(<ExportImport />)
    await userEvent.click(screen.getByRole('button', { name: `Download ${label}` }))

    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:export', download: `taskforge-export-2025-11-24.${format}` }]))
    expect(asked).toEqual({ format, auth: 'Bearer access' })
    expect(created[0]?.type).toBe(type)
    expect(createObjectURL).toHaveBeenCalledTimes(1)
  })

  it('saves under a dated default name when the server’s file name is malformed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2025-11-24T12:00:00Z'))
    server.use(
      http.get('*/api/export', () =>
        new HttpResponse('{}', {
          headers: { 'Content-Type': 'application/json', 'Content-Disposition': "attachment; filename*=UTF-8''%E0%A4%A.json" },
        }),
      ),
    )
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() })
    const saved: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download)
    })
    try {
      renderWithProviders(<ExportImport />)
      await userEvent.click(screen.getByRole('button', { name: 'Download JSON' }))
      await waitFor(() => expect(saved).toEqual(['taskforge-export-2025-11-24.json']))
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('ExportImport — import', () => {
  it('checks the file first, shows the report, then imports with an Idempotency-Key', async () => {
    const calls: { dryRun: string | null; key: string | null; body: unknown }[] = []
    server.use(
      http.post('*/api/import', async ({ request }) => {
        const dryRun = new URL(request.url).searchParams.get('dry_run')
        calls.push({ dryRun, key: request.headers.get('Idempotency-Key'), body: await request.json() })
        const report = {
          dry_run: dryRun === 'true',
          tasks_created: 2,
          tags_created: ['home'],
          tasks: [
            { source_id: 1, id: dryRun === 'true' ? null : 11, title: 'Water plants' },
            { source_id: 2, id: dryRun === 'true' ? null : 12, title: 'x' },
          ],
        }
        return HttpResponse.json(report, { status: dryRun === 'true' ? 200 : 201 })
      }),
    )
    renderWithProviders(<ExportImport />)
    await userEvent.upload(screen.getByLabelText('Export file'), jsonFile({ ...exportDocument, tasks: exportDocument.tasks.slice(0, 1) }))

    expect(await screen.findByText(/would be created, with 1 new tag/)).toBeInTheDocument()
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({ dryRun: 'true', key: null })

    await userEvent.click(screen.getByRole('button', { name: 'Import 2 tasks' }))
    expect(await screen.findByText('Imported 2 tasks from taskforge-export.json.', { selector: '.Toastify *' })).toBeInTheDocument()
    expect(calls).toHaveLength(2)
    expect(calls[1]?.dryRun).toBe('false')
    expect(calls[1]?.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(calls[1]?.body).toEqual(calls[0]?.body)
    expect(screen.queryByRole('button', { name: /^Import \d/ })).not.toBeInTheDocument()
  })

  it('lists the problems of a dry run by task, titles as text, and imports nothing', async () => {
    let posts = 0
    server.use(
      http.post('*/api/import', () => {
        posts += 1
        return HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Entity',
            status: 422,
            detail: 'The document is invalid.',
            request_id: 'r1',
            errors: [
              { field: 'tasks[1].parent_id', message: 'no task with this id in the document' },
              { field: 'tasks[0].priority', message: 'Input should be less than or equal to 4' },
              { field: 'projects[0].sections[1].id', message: 'is also the id of projects[0].sections[0]' },
              { field: 'version', message: 'Input should be 1 or 2' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        )
      }),
    )
    renderWithProviders(<ExportImport />)
    await userEvent.upload(screen.getByLabelText('Export file'), jsonFile(exportDocument))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Nothing was imported: 4 problems to fix in the file.')
    const problems = within(alert).getAllByRole('listitem').map((item) => item.textContent)
    expect(problems).toEqual([
      'Task 2 “<img src=x onerror=alert(1)>”: No task in the file has that ID.',
      'Task 1 “Water plants”: The priority must be from 1 (low) to 4 (urgent).',
      'Project 1, section 2: The ID is also the id of section 1 of project 1.',
      'The file: This export comes from a newer TaskForge: this one reads versions 1 and 2.',
    ])
    expect(alert.querySelector('img')).toBeNull()
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument()
    expect(posts).toBe(1)
  })

  it('refuses a file that is not JSON without asking the API', async () => {
    renderWithProviders(<ExportImport />)
    await userEvent.upload(screen.getByLabelText('Export file'), new File(['not json'], 'tasks.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is not JSON.')
  })
})
