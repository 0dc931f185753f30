import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'

import { ProjectTrashedMessage } from './project-trashed-message'

setupMswServer()

const project = makeProject({ id: 5, name: 'Garden' })

describe('ProjectTrashedMessage', () => {
  it('brings the project back from the trash on Undo', async () => {
    const restored: string[] = []
    server.use(
      http.post('*/api/trash/:id/restore', ({ params }) => {
        restored.push(String(params.id))
        return HttpResponse.json({ kind: 'project', project })
      }),
    )
    renderWithProviders(<ProjectTrashedMessage project={project} />)
    expect(screen.getByText('Moved “Garden” to the trash.')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Restored “Garden”.')).toBeInTheDocument()
    expect(restored).toEqual(['project-5'])
  })

  it('says why the project could not come back', async () => {
    server.use(
      http.post('*/api/trash/:id/restore', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Nothing in the trash with that id.', request_id: 'r' }, { status: 404 }),
      ),
    )
    renderWithProviders(<ProjectTrashedMessage project={project} />)
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText(/Could not restore “Garden”\. Nothing in the trash with that id\./)).toBeInTheDocument()
  })
})
