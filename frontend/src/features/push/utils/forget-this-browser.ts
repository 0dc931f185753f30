import { deletePushSubscription } from '../api/delete-push-subscription'
import { getPushSubscriptions } from '../api/get-push-subscriptions'
import { pushSupported, readBrowserPush, unsubscribeBrowser } from './browser-push'

/**
 * Stops push to this browser for the signed-in user: the server forgets it, then the browser unsubscribes.
 * For signing out (call it while the session still works), so a shared computer does not keep showing the
 * last person's notifications. Never throws: signing out goes on whatever happens here.
 */
export async function forgetThisBrowser(): Promise<void> {
  if (!pushSupported()) return
  try {
    const { endpoint } = await readBrowserPush()
    if (!endpoint) return
    const record = (await getPushSubscriptions()).find((candidate) => candidate.endpoint === endpoint)
    if (record) await deletePushSubscription(record.id)
    await unsubscribeBrowser()
  } catch {
    // The API or the browser refused: the server drops a subscription the push service no longer takes.
  }
}
