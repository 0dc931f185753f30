/**
 * A failed load, with the app's own query client (its retry policy): the error and its Retry show within 2 s,
 * whether the API answers 5xx or nothing at all.
 */
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { markReachable } from '@/lib/api/reachability'
import { createQueryClient } from '@/lib/query-client'
import { server, setupMswServer } from '@/testing/msw-server'

import { LoadError } from './load-error'

setupMswServer()

function Tags() {
  const tags = useQuery({ queryKey: ['tags'], queryFn: async () => expectData(await api.GET('/api/tags')) })
  if (tags.isPending) return <p>Loading…</p>
  if (tags.isError) return <LoadError what="your tags" error={tags.error} onRetry={tags.refetch} retrying={tags.isFetching} />
  return <p>{tags.data.items.length} tags</p>
}

let calls: number
function answer(...responses: (() => Response)[]) {
  calls = 0
  server.use(
    http.get('*/api/tags', () => {
      const respond = responses[Math.min(calls, responses.length - 1)] ?? (() => HttpResponse.json({ items: [] }))
      calls += 1
      return respond()
    }),
    http.get('*/health', () => HttpResponse.json({ status: 'ok' })),
  )
}

const problem = (status: number, detail: string, headers: Record<string, string> = {}) => () =>
  HttpResponse.json({ type: 'about:blank', title: 'x', status, detail, request_id: 'r' }, { status, headers })
const tags = () => HttpResponse.json({ items: [{ id: 1, name: 'home', color: '#123456', task_count: 0 }] })

function renderTags() {
  const queryClient = createQueryClient()
  const started = performance.now()
  render(
    <QueryClientProvider client={queryClient}>
      <Tags />
    </QueryClientProvider>,
  )
  return { started, queryClient }
}

/** The alert, found within 2 s of the first render. */
async function alertWithin2s(started: number): Promise<HTMLElement> {
  const alert = await screen.findByRole('alert', {}, { timeout: 2000 })
  expect(performance.now() - started).toBeLessThan(2000)
  return alert
}

afterEach(() => markReachable())

describe('a failed load', () => {
  it('shows a 500 in words with Retry within 2 s, after one retry', async () => {
    answer(problem(500, 'An unexpected error occurred.'))
    const { started, queryClient } = renderTags()
    const alert = await alertWithin2s(started)
    expect(alert).toHaveTextContent('Could not load your tags. An unexpected error occurred.')
    expect(calls).toBe(2)
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled()
    queryClient.clear()
  })

  it('shows no answer at all (a network error) within 2 s, after one retry', async () => {
    answer(() => HttpResponse.error())
    const { started, queryClient } = renderTags()
    const alert = await alertWithin2s(started)
    expect(alert).toHaveTextContent('Could not load your tags. TaskForge cannot be reached. Check your connection.')
    expect(calls).toBe(2)
    queryClient.clear()
  })

  it('shows a proxy’s 502 page in words, not its HTML or a status code alone', async () => {
    answer(() => new HttpResponse('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    const { started, queryClient } = renderTags()
    const alert = await alertWithin2s(started)
    expect(alert).toHaveTextContent('Could not load your tags. TaskForge is not answering right now. Try again in a moment.')
    queryClient.clear()
  })

  it('does not retry a 4xx: it shows at once', async () => {
    answer(problem(404, 'No such thing.'))
    const first = renderTags()
    expect(await alertWithin2s(first.started)).toHaveTextContent('No such thing.')
    expect(calls).toBe(1)
    first.queryClient.clear()
  })

  it('does not wait for a long Retry-After: the person can retry', async () => {
    answer(problem(503, 'The database is unreachable; retry shortly.', { 'Retry-After': '5' }), tags)
    const { started, queryClient } = renderTags()
    expect(await alertWithin2s(started)).toHaveTextContent('The database is unreachable; retry shortly.')
    expect(calls).toBe(1)
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('1 tags')).toBeInTheDocument()
    expect(calls).toBe(2)
    queryClient.clear()
  })

  it('loads again on Retry (the page shows it loading meanwhile)', async () => {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    calls = 0
    server.use(
      http.get('*/api/tags', async () => {
        calls += 1
        if (calls <= 2) return HttpResponse.json({ status: 500, title: 'Boom', detail: 'Boom.' }, { status: 500 })
        await held
        return tags()
      }),
    )
    const { started, queryClient } = renderTags()
    await alertWithin2s(started)
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Loading…')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    release()
    expect(await screen.findByText('1 tags')).toBeInTheDocument()
    queryClient.clear()
  })
})

describe('LoadError', () => {
  it('waits while a load is under way', () => {
    render(<LoadError what="your tags" error={new Error('Nope.')} onRetry={vi.fn()} retrying />)
    expect(screen.getByRole('button', { name: 'Retrying…' })).toBeDisabled()
  })

  it('is smaller inside a card', () => {
    render(<LoadError what="the team" error={new Error('Nope.')} onRetry={vi.fn()} compact />)
    expect(screen.getByRole('alert')).toHaveClass('small')
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the team. Nope.')
  })
})
