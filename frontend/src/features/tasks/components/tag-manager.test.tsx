import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { TagManager } from './tag-manager'

setupMswServer()

type Tag = Schemas['TagOut']

let tags: Tag[]
let writes: { method: string; path: string; body: unknown }[]

const conflict = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'Conflict', detail: 'You already have a tag named "Home".', status: 409, request_id: 'r' },
    { status: 409 },
  )

beforeEach(() => {
  writes = []
  tags = [
    { id: 1, name: 'home', color: '#198754', task_count: 3 },
    { id: 2, name: '<b>work</b>', color: '#dc3545', task_count: 1 },
  ]
  server.use(
    http.get('*/api/tags', () => HttpResponse.json({ items: tags })),
    http.post('*/api/tags', async ({ request }) => {
      const body = (await request.json()) as { name: string; color: string }
      writes.push({ method: 'POST', path: '/api/tags', body })
      if (tags.some((tag) => tag.name.toLowerCase() === body.name.toLowerCase())) return conflict()
      const tag = { id: 3, task_count: 0, ...body }
      tags = [...tags, tag]
      return HttpResponse.json(tag, { status: 201 })
    }),
    http.patch('*/api/tags/:id', async ({ request, params }) => {
      const body = (await request.json()) as Partial<Tag>
      writes.push({ method: 'PATCH', path: `/api/tags/${String(params.id)}`, body })
      tags = tags.map((tag) => (tag.id === Number(params.id) ? { ...tag, ...body } : tag))
      return HttpResponse.json(tags.find((tag) => tag.id === Number(params.id)))
    }),
    http.delete('*/api/tags/:id', ({ params }) => {
      writes.push({ method: 'DELETE', path: `/api/tags/${String(params.id)}`, body: null })
      tags = tags.filter((tag) => tag.id !== Number(params.id))
      return new HttpResponse(null, { status: 204 })
    }),
  )
})

describe('TagManager', () => {
  it('says what a name takes, and the API’s refusal in the same words', async () => {
    server.use(
      http.post('*/api/tags', () =>
        HttpResponse.json(
          {
            type: '/problems/validation-error',
            title: 'Unprocessable Content',
            status: 422,
            detail: "name: String should have at most 50 characters; color: String should match pattern '^#[0-9a-fA-F]{6}$'",
            request_id: 'r',
            errors: [
              { field: 'name', message: 'String should have at most 50 characters' },
              { field: 'color', message: "String should match pattern '^#[0-9a-fA-F]{6}$'" },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    const user = userEvent.setup()
    renderWithProviders(<TagManager />)
    const form = await screen.findByRole('form', { name: 'New tag' })
    const name = within(form).getByLabelText('Name')
    expect(name).toHaveAccessibleDescription('Up to 50 characters.')
    await user.type(name, 'Errands')
    await user.click(within(form).getByRole('button', { name: 'Create tag' }))
    await waitFor(() => expect(name).toHaveAccessibleDescription('Use up to 50 characters.'))
    expect(within(form).getByLabelText('Colour')).toHaveAccessibleDescription('Choose a colour.')
    expect(form).not.toHaveTextContent(/String should|\^#/)
  })

  it('says when the tags cannot be loaded, with a Retry that loads them', async () => {
    let fail = true
    server.use(
      http.get('*/api/tags', () =>
        fail
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred.', request_id: 'r' },
              { status: 500 },
            )
          : HttpResponse.json({ items: tags }),
      ),
    )
    const user = userEvent.setup()
    renderWithProviders(<TagManager />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your tags. An unexpected error occurred.')
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('<b>work</b>')).toBeInTheDocument()
  })

  it('lists tags with their colour as text and their use', async () => {
    renderWithProviders(<TagManager />)
    expect(screen.getByRole('heading', { level: 1, name: 'Tags' })).toBeInTheDocument()
    const items = await screen.findAllByRole('listitem')
    expect(items[0]).toHaveTextContent('home#1987543 tasks')
    expect(items[1]).toHaveTextContent('<b>work</b>#dc35451 task')
  })

  it('creates a tag, and shows a taken name under the name field', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TagManager />)
    const form = await screen.findByRole('form', { name: 'New tag' })
    await user.type(within(form).getByLabelText('Name'), 'Home')
    await user.click(within(form).getByRole('button', { name: 'Create tag' }))
    const name = within(form).getByLabelText('Name')
    await waitFor(() => expect(name).toHaveAccessibleDescription('You already have a tag named "Home". Up to 50 characters.'))
    expect(name).toHaveFocus()

    await user.clear(name)
    await user.type(name, 'Garden')
    fireEvent.input(within(form).getByLabelText('Colour'), { target: { value: '#00ff00' } })
    await user.click(within(form).getByRole('button', { name: 'Create tag' }))
    expect(await screen.findByText('Garden')).toBeInTheDocument()
    expect(writes.at(-1)).toEqual({ method: 'POST', path: '/api/tags', body: { name: 'Garden', color: '#00ff00' } })
    expect(name).toHaveValue('')
  })

  it('renames and recolours a tag inline, sending only what changed', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TagManager />)
    await user.click(await screen.findByRole('button', { name: 'Edit tag home' }))
    const form = screen.getByRole('form', { name: 'Edit tag home' })
    await user.clear(within(form).getByLabelText('Name'))
    await user.type(within(form).getByLabelText('Name'), 'house')
    await user.click(within(form).getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('house')).toBeInTheDocument()
    expect(writes).toEqual([{ method: 'PATCH', path: '/api/tags/1', body: { name: 'house' } }])
  })

  it('deletes a tag after a confirmation that says how many tasks lose it', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TagManager />)
    await user.click(await screen.findByRole('button', { name: 'Delete tag home' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete tag “home”?' })
    expect(dialog).toHaveTextContent('It is removed from 3 tasks.')
    await user.click(within(dialog).getByRole('button', { name: 'Delete tag' }))
    await waitFor(() => expect(screen.queryByText('home')).not.toBeInTheDocument())
    expect(writes).toEqual([{ method: 'DELETE', path: '/api/tags/1', body: null }])
  })
})
