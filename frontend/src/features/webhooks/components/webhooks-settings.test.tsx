import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { WebhooksSettings } from './webhooks-settings'

setupMswServer()

type Webhook = Schemas['WebhookOut']

const SECRET = 'whsec_c2VjcmV0LWZvci10aGUtdGVzdHMtb25seS0xMjM0NTY='

const makeWebhook = (overrides: Partial<Webhook> = {}): Webhook => ({
  id: 7,
  project_id: null,
  url: 'https://hooks.example.com/in',
  events: ['task.created', 'comment.created'],
  active: true,
  disabled_reason: null,
  consecutive_failures: 0,
  last_success_at: null,
  last_failure_at: null,
  created_at: '2030-01-01T00:00:00Z',
  ...overrides,
})

let webhooks: Webhook[]
let writes: { method: string; path: string; body: unknown }[]

async function record(request: Request): Promise<unknown> {
  const text = request.method === 'DELETE' ? '' : await request.clone().text()
  const body = text ? (JSON.parse(text) as unknown) : undefined
  writes.push({ method: request.method, path: new URL(request.url).pathname, body })
  return body
}

beforeEach(() => {
  webhooks = [makeWebhook()]
  writes = []
  server.use(
    http.get('*/api/webhooks', () => HttpResponse.json({ items: webhooks })),
    http.post('*/api/webhooks', async ({ request }) => {
      const body = (await record(request)) as { url: string; events: Webhook['events'] }
      if (body.url.includes('127.0.0.1')) {
        return HttpResponse.json(
          {
            type: '/problems/validation-error',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'Invalid',
            request_id: 'r1',
            errors: [{ field: 'url', message: 'must not reach a private, loopback, link-local or reserved address' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        )
      }
      const created = makeWebhook({ id: 8, url: body.url, events: body.events })
      webhooks = [...webhooks, created]
      return HttpResponse.json({ ...created, secret: SECRET }, { status: 201 })
    }),
    http.delete('*/api/webhooks/:id', async ({ request }) => {
      await record(request)
      webhooks = []
      return new HttpResponse(null, { status: 204 })
    }),
    http.get('*/api/webhooks/:id/deliveries', () =>
      HttpResponse.json({
        items: [
          {
            id: 3,
            event: 'task.created',
            message_id: 'msg_1',
            status: 'failed',
            attempts: 14,
            response_code: 503,
            latency_ms: 120,
            last_error: 'HTTP 503',
            created_at: '2030-01-01T00:00:00Z',
            last_attempt_at: '2030-01-02T00:00:00Z',
            next_attempt_at: null,
            delivered_at: null,
          },
        ],
        next_after: null,
      }),
    ),
  )
})

const section = () => screen.getByRole('region', { name: 'Webhooks' })

describe('WebhooksSettings', () => {
  it('lists the webhooks with their events', async () => {
    renderWithProviders(<WebhooksSettings />)
    const list = await within(section()).findByRole('list', { name: 'Your webhooks' })
    expect(within(list).getByText('https://hooks.example.com/in')).toBeInTheDocument()
    expect(within(list).getByText('Task created, Comment added')).toBeInTheDocument()
  })

  it('adds a webhook and shows its secret once', async () => {
    const user = userEvent.setup()
    renderWithProviders(<WebhooksSettings />)
    await user.click(within(section()).getByLabelText('URL to send events to'))
    await user.paste('https://ci.example.org/hook')
    await user.click(within(section()).getByRole('checkbox', { name: 'Comment added' }))
    await user.click(within(section()).getByRole('button', { name: 'Add webhook' }))
    const shown = await within(section()).findByRole('status')
    expect(within(shown).getByLabelText('Signing secret')).toHaveTextContent(SECRET)
    expect(writes).toEqual([
      {
        method: 'POST',
        path: '/api/webhooks',
        body: { url: 'https://ci.example.org/hook', events: ['task.created', 'task.updated', 'task.completed', 'comment.created'] },
      },
    ])
    expect(await within(section()).findByText('https://ci.example.org/hook')).toBeInTheDocument()
    await user.click(within(shown).getByRole('button', { name: 'I have copied it' }))
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument()
    expect(within(section()).getByRole('form', { name: 'Add a webhook' })).toBeInTheDocument()
  }, 20_000)

  it('says why a URL is refused, beside the field', async () => {
    const user = userEvent.setup()
    renderWithProviders(<WebhooksSettings />)
    const field = within(section()).getByLabelText('URL to send events to')
    await user.click(field)
    await user.paste('http://127.0.0.1/hook')
    await user.click(within(section()).getByRole('button', { name: 'Add webhook' }))
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'))
    expect(field).toHaveAccessibleDescription(/must not reach a private, loopback, link-local or reserved address/)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('deletes a webhook after a confirmation', async () => {
    const user = userEvent.setup()
    renderWithProviders(<WebhooksSettings />)
    const list = await within(section()).findByRole('list', { name: 'Your webhooks' })
    await user.click(within(list).getByRole('button', { name: 'Delete' }))
    expect(writes).toEqual([])
    await user.click(within(list).getByRole('button', { name: 'Delete for good' }))
    await waitFor(() => expect(writes).toEqual([{ method: 'DELETE', path: '/api/webhooks/7', body: undefined }]))
    expect(await within(section()).findByText('No webhooks yet.')).toBeInTheDocument()
  })

  it('shows the recent deliveries', async () => {
    const user = userEvent.setup()
    renderWithProviders(<WebhooksSettings />)
    const list = await within(section()).findByRole('list', { name: 'Your webhooks' })
    const toggle = within(list).getByRole('button', { name: 'Deliveries' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const table = await within(list).findByRole('table', { name: 'Recent deliveries to https://hooks.example.com/in' })
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent)
    expect(cells.slice(0, 5)).toEqual(['task.created', 'Failed', 'HTTP 503', '120 ms', '14'])
  })
})
