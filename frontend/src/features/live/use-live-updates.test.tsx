import { act } from '@testing-library/react'
import { http, HttpResponse } from 'msw'

import { setTokens } from '@/lib/auth/session'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { makeInbox, makeProject } from '@/testing/project-factory'

import { backoffDelay } from './live-stream'
import { useProjectRemoved, type ProjectRemoval } from './project-removals'
import { useLiveUpdates } from './use-live-updates'

type Listener = (event: MessageEvent<string>) => void

/** Stands in for the browser's EventSource: records the URL and lets the test emit events. */
class FakeEventSource {
  static instances: FakeEventSource[] = []
  readonly url: string
  closed = false
  private readonly listeners = new Map<string, Set<Listener>>()

  constructor(url: string) {
    this.url = url
    FakeEventSource.instances.push(this)
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set<Listener>()
    set.add(listener)
    this.listeners.set(type, set)
  }

  close(): void {
    this.closed = true
  }

  emit(type: string, data: unknown = {}, id = ''): void {
    const event = new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id })
    for (const listener of this.listeners.get(type) ?? []) listener(event)
  }
}

setupMswServer()

let tickets = 0
const latest = () => {
  const source = FakeEventSource.instances.at(-1)
  if (!source) throw new Error('no EventSource was opened')
  return source
}

/** Lets the ticket request (msw) and the timers up to `ms` run. */
async function settle(ms = 0): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i += 1) await vi.advanceTimersByTimeAsync(i === 0 ? ms : 0)
  })
}

function Probe() {
  useLiveUpdates()
  return null
}

function setup() {
  setTokens({ accessToken: 'access', refreshToken: 'refresh' })
  const rendered = renderWithProviders(<Probe />)
  const { queryClient } = rendered
  queryClient.setQueryData(['tasks', 'list', {}], { items: [] })
  queryClient.setQueryData(['auth', 'me'], { id: 1 })
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
  const isStale = (key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated
  return { ...rendered, invalidate, isStale }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  vi.spyOn(Math, 'random').mockReturnValue(0)
  FakeEventSource.instances = []
  tickets = 0
  vi.stubGlobal('EventSource', FakeEventSource)
  server.use(
    http.post('*/api/events/ticket', () => {
      tickets += 1
      return HttpResponse.json({ ticket: `ticket-${tickets}`, expires_in: 60 }, { status: 201 })
    }),
    // A 503 from the ticket endpoint marks the API unreachable, and the reachability store then polls /health
    // until it answers; answering here ends that state before the next test.
    http.get('*/health', () => HttpResponse.json({ status: 'ok' })),
  )
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('useLiveUpdates', () => {
  it('opens the stream with a ticket and refetches on change, coalesced, never the session', async () => {
    const { invalidate, isStale } = setup()
    await settle()
    expect(latest().url).toBe('/api/events?ticket=ticket-1')
    latest().emit('ready', { cursor: 5 }, '5')
    expect(invalidate).not.toHaveBeenCalled()

    latest().emit('change', { seq: 6, task_id: 1, action: 'update', at: '2025-11-24T10:00:00Z' }, '6')
    latest().emit('change', { seq: 7, task_id: 2, action: 'create', at: '2025-11-24T10:00:00Z' }, '7')
    latest().emit('change', { seq: 8, task_id: 2, action: 'delete', at: '2025-11-24T10:00:00Z' }, '8')
    expect(invalidate).toHaveBeenCalledTimes(1)
    expect(isStale(['tasks', 'list', {}])).toBe(true)
    expect(isStale(['auth', 'me'])).toBe(false)

    await settle(250)
    expect(invalidate).toHaveBeenCalledTimes(2) // the trailing run covers the last two
    await settle(1000)
    expect(invalidate).toHaveBeenCalledTimes(2)
  })

  it('refetches an open comment thread when a comment on the task changes', async () => {
    const { queryClient, isStale } = setup()
    const thread = ['comments', 10]
    queryClient.setQueryData(thread, { pages: [{ items: [], next_after: null }], pageParams: [null] })
    await settle()
    latest().emit('ready', { cursor: 1 }, '1')
    latest().emit(
      'change',
      { kind: 'comment', action: 'create', id: 3, project_id: 5, seq: 2, deleted: false, comment: { id: 3, task_id: 10 } },
      '2',
    )
    expect(isStale(thread)).toBe(true)
  })

  it('reconnects with a new ticket when the stream expires, and catches up once', async () => {
    const { invalidate } = setup()
    await settle()
    const first = latest()
    first.emit('ready', { cursor: 1 }, '1')
    first.emit('expired')
    expect(first.closed).toBe(true)
    await settle()
    expect(latest()).not.toBe(first)
    expect(latest().url).toBe('/api/events?ticket=ticket-2')
    latest().emit('ready', { cursor: 3 }, '3')
    expect(invalidate).toHaveBeenCalledTimes(1) // what changed between the two streams
  })

  it('backs off after errors and reconnects with a fresh ticket', async () => {
    setup()
    await settle()
    const first = latest()
    first.emit('error')
    expect(first.closed).toBe(true)

    await settle(backoffDelay(0, () => 0) - 1) // 500 ms: half of 1 s with no jitter
    expect(FakeEventSource.instances).toHaveLength(1)
    await settle(1)
    expect(FakeEventSource.instances).toHaveLength(2)
    expect(latest().url).toBe('/api/events?ticket=ticket-2')

    latest().emit('error')
    await settle(999)
    expect(FakeEventSource.instances).toHaveLength(2)
    await settle(1)
    expect(FakeEventSource.instances).toHaveLength(3)

    latest().emit('ready', { cursor: 9 }, '9') // a healthy stream starts the backoff over
    latest().emit('error')
    await settle(500)
    expect(FakeEventSource.instances).toHaveLength(4)
  })

  it('retries the ticket with backoff when the API is down', async () => {
    server.use(http.post('*/api/events/ticket', () => HttpResponse.json({}, { status: 503 }), { once: true }))
    setup()
    await settle()
    expect(FakeEventSource.instances).toHaveLength(0)
    await settle(500)
    expect(latest().url).toBe('/api/events?ticket=ticket-1')
  })

  it('closes the stream when signed out', async () => {
    setup()
    await settle()
    const stream = latest()
    act(() => setTokens(null))
    expect(stream.closed).toBe(true)
    await settle(60_000)
    expect(FakeEventSource.instances).toHaveLength(1)
  })

  it('waits for this tab’s writes in flight before refetching, so their optimism is not overwritten', async () => {
    const { queryClient, invalidate } = setup()
    await settle()
    latest().emit('ready', { cursor: 1 }, '1')
    let finish = () => {}
    const write = queryClient.getMutationCache().build(queryClient, {
      mutationFn: () => new Promise<void>((resolve) => (finish = resolve)),
    })
    const running = write.execute(undefined)
    await settle()
    latest().emit('change', { seq: 2, task_id: 1, action: 'update', at: '2025-11-24T10:00:00Z' }, '2')
    await settle(1000)
    expect(invalidate).not.toHaveBeenCalled()
    finish()
    await act(() => running)
    await settle()
    expect(invalidate).toHaveBeenCalledTimes(1)
  })

  it('refetches every 30 s while the stream is down, and stops once it is back', async () => {
    server.use(http.post('*/api/events/ticket', () => HttpResponse.json({}, { status: 503 })))
    const { invalidate } = setup()
    await settle()
    expect(invalidate).not.toHaveBeenCalled()
    await settle(30_000)
    expect(invalidate).toHaveBeenCalledTimes(1)
    server.resetHandlers(
      http.post('*/api/events/ticket', () => HttpResponse.json({ ticket: 'ticket-up', expires_in: 60 }, { status: 201 })),
    )
    await settle(30_000)
    latest().emit('ready', { cursor: 1 }, '1')
    const calls = invalidate.mock.calls.length
    await settle(90_000)
    expect(invalidate).toHaveBeenCalledTimes(calls)
  })

  it('backs off up to 30 s with jitter', () => {
    expect(backoffDelay(0, () => 1)).toBe(1000)
    expect(backoffDelay(3, () => 0)).toBe(4000)
    expect(backoffDelay(10, () => 1)).toBe(30_000)
    expect(backoffDelay(10, () => 0)).toBe(15_000)
  })

  it('drops a project taken from the user at once and tells the page showing it', async () => {
    const removals: ProjectRemoval[] = []
    function Page() {
      useProjectRemoved(12, (removal) => removals.push(removal))
      return null
    }
    const { queryClient } = setup()
    renderWithProviders(<Page />, { queryClient })
    queryClient.setQueryData(['projects', 'list'], [makeInbox(), makeProject({ id: 12, name: 'Garden' })])
    await settle()
    latest().emit('ready', { cursor: '1.1' }, '1.1')

    const change = { project_id: 1, seq: 3, kind: 'project', id: 12, actor_id: 2, at: '2030-01-01T00:00:00Z', task: null, section: null }
    latest().emit('change', { ...change, action: 'update', deleted: false, project: makeProject({ id: 12 }) })
    expect(removals).toEqual([])
    latest().emit('change', { ...change, kind: 'task', id: 12, action: 'delete', deleted: true, project: null })
    expect(removals).toEqual([])
    latest().emit('change', { ...change, action: 'access_removed', deleted: true, project: null })
    expect(removals).toEqual([{ projectId: 12, action: 'access_removed', actorId: 2, name: 'Garden' }])
    expect(queryClient.getQueryData<{ id: number }[]>(['projects', 'list'])?.map((project) => project.id)).toEqual([1])
  })
})
