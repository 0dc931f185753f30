/**
 * The app shell cache of public/sw.js, run against a fake `self` (jsdom has no service worker): the worker as
 * the build writes it, with a shell of three files (scripts/app-shell-plugin.ts replaces the SHELL line).
 */
const written = Object.values(import.meta.glob<string>('/public/sw.js', { query: '?raw', import: 'default', eager: true }))[0] ?? ''
const ORIGIN = 'https://taskforge.test'
const FILES = ['/index.html', '/assets/index-abc.js', '/manifest.webmanifest']
const built = (version: string) =>
  written.replace("const SHELL = { version: 'dev', files: [] }", `const SHELL = ${JSON.stringify({ version, files: FILES })}`)

type Listener = (event: object) => void

/** CacheStorage as a map of cache name -> (path -> body). */
function fakeCaches(initial: Record<string, Record<string, string>> = {}) {
  const stores = new Map(Object.entries(initial).map(([name, entries]) => [name, new Map(Object.entries(entries))]))
  const pathOf = (request: string | Request) => new URL(typeof request === 'string' ? request : request.url, ORIGIN).pathname
  return {
    stores,
    open: (name: string) => {
      const store = stores.get(name) ?? new Map<string, string>()
      stores.set(name, store)
      return Promise.resolve({
        addAll: async (paths: string[]) => {
          for (const path of paths) store.set(path, await (await fetchFromNetwork(path)).text())
        },
      })
    },
    keys: () => Promise.resolve([...stores.keys()]),
    delete: (name: string) => Promise.resolve(stores.delete(name)),
    match: (request: string | Request, { cacheName }: { cacheName: string }) => {
      const body = stores.get(cacheName)?.get(pathOf(request))
      return Promise.resolve(body === undefined ? undefined : new Response(body))
    },
  }
}

let online = true
const network = vi.fn((path: string) => new Response(`network ${path}`))
function fetchFromNetwork(request: string | Request): Promise<Response> {
  const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN)
  return online ? Promise.resolve(network(url.pathname)) : Promise.reject(new TypeError('Failed to fetch'))
}

function startWorker(source: string, caches = fakeCaches()) {
  const listeners = new Map<string, Listener>()
  const fake = {
    location: new URL(`${ORIGIN}/sw.js`),
    registration: { showNotification: vi.fn() },
    clients: { claim: vi.fn(() => Promise.resolve()), matchAll: vi.fn(), openWindow: vi.fn() },
    skipWaiting: vi.fn(() => Promise.resolve()),
    caches,
    fetch: vi.fn(fetchFromNetwork),
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  }
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const run = new Function('self', source) as (self: typeof fake) => void
  run(fake)
  const dispatch = async (type: string, event: object = {}) => {
    const pending: Promise<unknown>[] = []
    listeners.get(type)?.({ ...event, waitUntil: (promise: Promise<unknown>) => pending.push(promise) })
    await Promise.all(pending)
  }
  /** A fetch event: the worker's answer, or null when it leaves the request to the browser. */
  const request = async (path: string, { method = 'GET', mode = 'cors' } = {}) => {
    const answers: Promise<Response>[] = []
    const event = {
      request: { url: new URL(path, ORIGIN).href, method, mode },
      respondWith: (response: Promise<Response>) => answers.push(response),
    }
    listeners.get('fetch')?.(event)
    const answer = answers[0]
    return answer ? (await answer).text() : null
  }
  return { fake, dispatch, request, caches }
}

beforeEach(() => {
  online = true
  network.mockClear()
})

describe('the app shell in the service worker', () => {
  it('caches index.html and the build’s files at install, then takes over', async () => {
    const { fake, dispatch, caches } = startWorker(built('v2'))
    await dispatch('install')
    expect([...(caches.stores.get('taskforge-shell-v2')?.keys() ?? [])]).toEqual(FILES)
    expect(fake.skipWaiting).toHaveBeenCalled()
  })

  it('drops the shells of earlier builds on activate, and nothing else', async () => {
    const caches = fakeCaches({ 'taskforge-shell-v1': { '/index.html': 'old' }, 'taskforge-shell-v2': {}, 'other': {} })
    const { fake, dispatch } = startWorker(built('v2'), caches)
    await dispatch('activate')
    expect([...caches.stores.keys()].sort()).toEqual(['other', 'taskforge-shell-v2'])
    expect(fake.clients.claim).toHaveBeenCalled()
  })

  it('asks the network first for pages, and answers the cached index.html offline', async () => {
    const { dispatch, request } = startWorker(built('v2'))
    await dispatch('install')
    expect(await request('/today', { mode: 'navigate' })).toBe('network /today')
    online = false
    expect(await request('/today', { mode: 'navigate' })).toBe('network /index.html')
    expect(await request('/projects/3', { mode: 'navigate' })).toBe('network /index.html')
  })

  it('answers the build’s files from the cache, offline too', async () => {
    const { dispatch, request } = startWorker(built('v2'))
    await dispatch('install')
    network.mockClear()
    online = false
    expect(await request('/assets/index-abc.js')).toBe('network /assets/index-abc.js')
    expect(network).not.toHaveBeenCalled()
  })

  it('never answers the API, other methods, other origins or files outside the shell', async () => {
    const { dispatch, request } = startWorker(built('v2'))
    await dispatch('install')
    expect(await request('/api/tasks')).toBeNull()
    expect(await request('/api/docs', { mode: 'navigate' })).toBeNull()
    expect(await request('/api')).toBeNull()
    expect(await request('/api/tasks', { method: 'POST' })).toBeNull()
    expect(await request('https://elsewhere.test/assets/index-abc.js')).toBeNull()
    expect(await request('/health')).toBeNull()
  })

  it('keeps no shell as written in public/sw.js (the dev server): it answers nothing', async () => {
    const { dispatch, request, caches } = startWorker(written)
    await dispatch('install')
    expect(caches.stores.size).toBe(0)
    expect(await request('/today', { mode: 'navigate' })).toBeNull()
  })
})
