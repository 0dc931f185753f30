/** This browser's side of Web Push: support, permission, the service worker and its push subscription. */
import type { PushSubscriptionBody } from '../api/subscribe-push'

/** The service worker (frontend/public/sw.js), registered for the whole app. */
export const SERVICE_WORKER_URL = '/sw.js'
const SCOPE = '/'

export interface BrowserPush {
  permission: NotificationPermission
  /** The endpoint of this browser's push subscription; null when it has none. */
  endpoint: string | null
}

/**
 * Whether this browser can receive push here: service workers, the Push API and notifications, in a secure
 * context (https, or http on localhost/127.0.0.1: browsers count those as secure).
 */
export function pushSupported(): boolean {
  return (
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  )
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration(SCOPE)
  return (await registration?.pushManager.getSubscription()) ?? null
}

/** What this browser holds now; asks nothing of the person. */
export async function readBrowserPush(): Promise<BrowserPush> {
  const subscription = await currentSubscription()
  return { permission: Notification.permission, endpoint: subscription?.endpoint ?? null }
}

/** The bytes of a base64url string (the VAPID key), as `applicationServerKey` takes them. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=')
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
}

function sameBytes(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false
  const bytes = new Uint8Array(a)
  return bytes.every((byte, index) => byte === b[index])
}

/** The body the API takes, from the browser's subscription; throws when the browser left a part out. */
export function subscriptionBody(subscription: PushSubscription): PushSubscriptionBody {
  const json = subscription.toJSON()
  const p256dh = json.keys?.p256dh
  const auth = json.keys?.auth
  if (!json.endpoint || !p256dh || !auth) throw new Error('The browser gave an incomplete push subscription.')
  return { endpoint: json.endpoint, expirationTime: json.expirationTime ?? null, keys: { p256dh, auth } }
}

/**
 * Asks for permission (the browser's prompt: call it only from a click), registers the service worker and
 * subscribes this browser with the server's key. Resolves the subscription's body for the API, or the
 * permission when it was not granted (the person said no, or closed the prompt).
 */
export async function subscribeBrowser(publicKey: string): Promise<PushSubscriptionBody | NotificationPermission> {
  const permission = await Notification.requestPermission()
  if (permission !== 'granted') return permission
  await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: SCOPE })
  // subscribe() needs an active worker: `ready` waits for it.
  const registration = await navigator.serviceWorker.ready
  const key = base64UrlToBytes(publicKey)
  const existing = await registration.pushManager.getSubscription()
  // One made with another key (the server's key changed) cannot be subscribed over: replace it.
  if (existing && !sameBytes(existing.options.applicationServerKey, key)) await existing.unsubscribe()
  const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key })
  return subscriptionBody(subscription)
}

/** Ends this browser's push subscription, if it has one. */
export async function unsubscribeBrowser(): Promise<void> {
  await (await currentSubscription())?.unsubscribe()
}
