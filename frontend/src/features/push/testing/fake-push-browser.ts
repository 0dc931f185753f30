/**
 * A browser with Web Push, for component tests (jsdom has no service worker, Push API or Notification):
 * `installFakePushBrowser()` puts a fake navigator.serviceWorker, PushManager and Notification in place, in a
 * secure context; `uninstall()` takes them away again. Tests read and change `browser.state`.
 */
import type { Schemas } from '@/lib/api/client'

export const ENDPOINT = 'https://push.example/send/this-browser'

/** A 65-byte key whose base64url has both `-` and `_` (it must be decoded as base64url, not base64). */
export const KEY_BYTES = Uint8Array.from({ length: 65 }, (_, index) => (index === 0 ? 4 : (index * 37 + 251) % 256))
export const PUBLIC_KEY = btoa(String.fromCharCode(...KEY_BYTES))
  .replace(/\+/g, '-')
  .replace(/\//g, '_')
  .replace(/=+$/, '')

export interface FakeSubscription {
  endpoint: string
  options: { applicationServerKey: ArrayBuffer | null }
  toJSON: () => PushSubscriptionJSON
  unsubscribe: ReturnType<typeof vi.fn<() => Promise<boolean>>>
}

export function makeSubscription(key: ArrayBuffer | null, endpoint = ENDPOINT): FakeSubscription {
  return {
    endpoint,
    options: { applicationServerKey: key },
    toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh: 'BPublicKeyOfTheBrowser', auth: 'authSecret16' } }),
    unsubscribe: vi.fn(() => Promise.resolve(true)),
  }
}

let nextId = 1

export function makeRecord(overrides: Partial<Schemas['PushSubscriptionOut']> = {}): Schemas['PushSubscriptionOut'] {
  return {
    id: nextId++,
    endpoint: `https://push.example/send/${nextId}`,
    user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
    created_at: '2030-01-02T09:00:00Z',
    ...overrides,
  }
}

export function installFakePushBrowser() {
  const state = {
    permission: 'default' as NotificationPermission,
    /** What the person answers to the prompt. */
    answer: 'granted' as NotificationPermission,
    registered: false,
    subscription: null as FakeSubscription | null,
  }
  // Only what the app reads: the permission, and the prompt that may change it.
  const FakeNotification = {
    get permission() {
      return state.permission
    },
    requestPermission: vi.fn(() => {
      if (state.permission === 'default') state.permission = state.answer
      return Promise.resolve(state.permission)
    }),
  }
  const pushManager = {
    getSubscription: vi.fn(() => Promise.resolve(state.subscription)),
    subscribe: vi.fn((options: PushSubscriptionOptionsInit) => {
      const key = options.applicationServerKey as Uint8Array<ArrayBuffer>
      state.subscription ??= makeSubscription(key.slice().buffer)
      return Promise.resolve(state.subscription)
    }),
  }
  const registration = { pushManager }
  const serviceWorker = {
    register: vi.fn<(url: string, options: RegistrationOptions) => Promise<typeof registration>>(() => {
      state.registered = true
      return Promise.resolve(registration)
    }),
    get ready() {
      return Promise.resolve(registration)
    },
    getRegistration: vi.fn<(scope: string) => Promise<typeof registration | undefined>>(() =>
      Promise.resolve(state.registered ? registration : undefined),
    ),
  }
  Object.defineProperty(navigator, 'serviceWorker', { value: serviceWorker, configurable: true })
  vi.stubGlobal('PushManager', {}) // only its presence counts
  vi.stubGlobal('Notification', FakeNotification)
  vi.stubGlobal('isSecureContext', true)

  return {
    state,
    serviceWorker,
    pushManager,
    Notification: FakeNotification,
    uninstall: () => {
      Reflect.deleteProperty(navigator, 'serviceWorker')
      vi.unstubAllGlobals()
    },
  }
}
