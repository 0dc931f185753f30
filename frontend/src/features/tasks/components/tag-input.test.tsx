import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { TagInput } from './tag-input'

setupMswServer()

const unavailable = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'The database is away.', request_id: 'r' },
    { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
  )

describe('the tag input’s suggestions', () => {
  it('says when the tags could not load, and Retry loads them', async () => {
    const user = userEvent.setup()
    server.use(http.get('*/api/tags', unavailable))
    renderWithProviders(<TagInput value={[]} onChange={() => undefined} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load your tags to suggest. The database is away.')

    server.use(
      http.get('*/api/tags', () =>
        HttpResponse.json({ items: [{ id: 1, name: 'garden', color: null, task_count: 2, version: 1 }] }),
      ),
    )
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'gar')
    expect(screen.getByRole('option', { name: 'garden' })).toBeInTheDocument()
  })

  it('shows no error when the tags load', async () => {
    server.use(http.get('*/api/tags', () => HttpResponse.json({ items: [] })))
    renderWithProviders(<TagInput value={[]} onChange={() => undefined} />)
    const user = userEvent.setup()
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'new')
    expect(await screen.findByRole('option', { name: 'Create tag “new”' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
