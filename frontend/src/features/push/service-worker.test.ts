/**
 * public/sw.js, run against a fake `self` that records its listeners: jsdom has no service worker, and the
 * file is a classic script (no exports), so it is evaluated with `self` as a parameter.
 */
const source = Object.values(
  import.meta.glob<string>('/public/sw.js', { query: '?raw', import: 'default', eager: true }),
)[0]

const ORIGIN = 'https://taskforge.test'

interface FakeTab {
  url: string
  focused: boolean
  focus: () => Promise<FakeTab>
  navigate: (url: string) => Promise<FakeTab | null>
}

function tab(url: string, { focused = false, controlled = true } = {}): FakeTab {
  const client: FakeTab = {
    url,
    focused,
    focus: vi.fn(() => Promise.resolve(client)),
    navigate: vi.fn((to: string) =>
      controlled ? Promise.resolve({ ...client, url: to }) : Promise.reject(new TypeError('not controlled')),
    ),
  }
  return client
}

type Listener = (event: object) => void

function startWorker(tabs: FakeTab[] = []) {
  const listeners = new Map<string, Listener>()
  const fake = {
    location: new URL(`${ORIGIN}/sw.js`),
    registration: { showNotification: vi.fn<(title: string, options: NotificationOptions) => Promise<void>>(() => Promise.resolve()) },
    clients: {
      matchAll: vi.fn(() => Promise.resolve(tabs)),
      openWindow: vi.fn((url: string) => Promise.resolve(tab(url))),
      claim: vi.fn(() => Promise.resolve()),
    },
    skipWaiting: vi.fn(() => Promise.resolve()),
    // No app shell in public/sw.js as written (the build adds it): activating only looks for old ones.
    caches: { keys: vi.fn(() => Promise.resolve([])), delete: vi.fn(() => Promise.resolve(true)) },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  }
  // The worker's own file, as the browser runs it; `self` is the only global it uses.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('self', source ?? '') as (self: typeof fake) => void
  run(fake)

  /** Fires an event and waits for what the handler handed to waitUntil. */
  const dispatch = async (type: string, event: object = {}) => {
    const pending: Promise<unknown>[] = []
    listeners.get(type)?.({ ...event, waitUntil: (promise: Promise<unknown>) => pending.push(promise) })
    await Promise.all(pending)
  }
  return { fake, dispatch, listeners }
}

const pushOf = (body: unknown) => ({ data: { json: () => body } })

const message = {
  id: 42,
  kind: 'assigned',
  title: 'ada assigned you',
  body: 'Write the report',
  url: '/tasks/7',
  task_id: 7,
  project_id: 3,
}

describe('the service worker (public/sw.js)', () => {
  it('loads', () => {
    expect(source).toContain("addEventListener('push'")
  })

  it('takes over at once and claims the open tabs', async () => {
    const { fake, dispatch } = startWorker()
    await dispatch('install')
    await dispatch('activate')
    expect(fake.skipWaiting).toHaveBeenCalled()
    expect(fake.clients.claim).toHaveBeenCalled()
  })

  it('shows a push message with its title, body, tag and page', async () => {
    const { fake, dispatch } = startWorker()
    await dispatch('push', pushOf(message))
    expect(fake.registration.showNotification).toHaveBeenCalledWith('ada assigned you', {
      body: 'Write the report',
      tag: 'n42',
      data: { url: `${ORIGIN}/tasks/7` },
    })
  })

  it.each([
    ['no data', {}],
    ['data that is not JSON', { data: { json: () => JSON.parse('{') as unknown } }],
    ['JSON that is not an object', pushOf('hello')],
  ])('still shows a notification for %s', async (_case, event) => {
    const { fake, dispatch } = startWorker()
    await dispatch('push', event)
    expect(fake.registration.showNotification).toHaveBeenCalledWith('TaskForge', {
      body: 'You have a new notification.',
      data: { url: `${ORIGIN}/` },
    })
  })

  it.each(['https://evil.test/tasks/7', '//evil.test/x', 'javascript:alert(1)', 7])(
    'never leads off this origin (%s)',
    async (url) => {
      const { fake, dispatch } = startWorker()
      await dispatch('push', pushOf({ ...message, url }))
      expect(fake.registration.showNotification).toHaveBeenCalledWith(
        'ada assigned you',
        expect.objectContaining({ data: { url: `${ORIGIN}/` } }),
      )
    },
  )

  const clickOn = (url: unknown) => {
    const notification = { data: { url }, close: vi.fn() }
    return { notification }
  }

  it('on a click, focuses the open tab and takes it to the page', async () => {
    const other = tab(`${ORIGIN}/dashboard`)
    const focused = tab(`${ORIGIN}/inbox`, { focused: true })
    const { fake, dispatch } = startWorker([other, focused])
    const click = clickOn(`${ORIGIN}/tasks/7`)
    await dispatch('notificationclick', click)

    expect(click.notification.close).toHaveBeenCalled()
    expect(focused.focus).toHaveBeenCalled()
    expect(focused.navigate).toHaveBeenCalledWith(`${ORIGIN}/tasks/7`)
    expect(other.focus).not.toHaveBeenCalled()
    expect(fake.clients.openWindow).not.toHaveBeenCalled()
    expect(fake.clients.matchAll).toHaveBeenCalledWith({ type: 'window', includeUncontrolled: true })
  })

  it('on a click, only focuses a tab already on the page', async () => {
    const there = tab(`${ORIGIN}/tasks/7`)
    const { fake, dispatch } = startWorker([tab(`${ORIGIN}/`, { focused: true }), there])
    await dispatch('notificationclick', clickOn(`${ORIGIN}/tasks/7`))
    expect(there.focus).toHaveBeenCalled()
    expect(there.navigate).not.toHaveBeenCalled()
    expect(fake.clients.openWindow).not.toHaveBeenCalled()
  })

  it('on a click, opens a window when no tab is open', async () => {
    const { fake, dispatch } = startWorker()
    await dispatch('notificationclick', clickOn(`${ORIGIN}/projects/3`))
    expect(fake.clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/projects/3`)
  })

  it('on a click, opens a window when the tab cannot be navigated', async () => {
    const stranger = tab(`${ORIGIN}/`, { controlled: false })
    const { fake, dispatch } = startWorker([stranger])
    await dispatch('notificationclick', clickOn(`${ORIGIN}/settings`))
    expect(stranger.navigate).toHaveBeenCalled()
    expect(fake.clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/settings`)
  })

  it('on a click on a notification without a page, opens the start page', async () => {
    const { fake, dispatch } = startWorker()
    await dispatch('notificationclick', { notification: { data: null, close: vi.fn() } })
    expect(fake.clients.openWindow).toHaveBeenCalledWith(`${ORIGIN}/`)
  })
})
