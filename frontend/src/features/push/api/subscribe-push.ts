import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import type { PushSubscriptionRecord } from './get-push-subscriptions'

export type PushSubscriptionBody = Schemas['PushSubscriptionIn']

/**
 * Hands the server a browser's subscription (201 the first time, 200 when it knew it already). Used by the
 * turn-on flow (hooks/use-push-state.ts), which asks the browser first and invalidates `pushKeys.all` after.
 */
export async function subscribePush(body: PushSubscriptionBody): Promise<PushSubscriptionRecord> {
  return expectData(await api.POST('/api/push/subscriptions', { body }))
}
