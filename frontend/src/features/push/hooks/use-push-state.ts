import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'

import { usePushKey } from '../api/get-push-key'
import { pushKeys, usePushSubscriptions, type PushSubscriptionRecord } from '../api/get-push-subscriptions'
import { deletePushSubscription } from '../api/delete-push-subscription'
import { subscribePush } from '../api/subscribe-push'
import {
  pushSupported,
  readBrowserPush,
  subscribeBrowser,
  unsubscribeBrowser,
  type BrowserPush,
} from '../utils/browser-push'

/**
 * on: this browser has a push subscription, the server has it too, and notifications are allowed.
 * off: it could be turned on. blocked: notifications are denied for the site. unsupported: no service
 * worker, Push API or secure context. server-off: the server has no VAPID key. error: a read failed.
 */
export type PushStatus = 'checking' | 'server-off' | 'unsupported' | 'error' | 'blocked' | 'on' | 'off'

/** This browser's permission and subscription; refetched on focus (the site settings may have changed). */
export const browserPushQueryOptions = () =>
  queryOptions({ queryKey: pushKeys.browser(), queryFn: readBrowserPush, staleTime: 0 })

interface StatusInputs {
  supported: boolean
  key: { isPending: boolean; isError: boolean; data: string | null | undefined }
  browser: { isPending: boolean; isError: boolean; data: BrowserPush | undefined }
  subscriptions: { isPending: boolean; isError: boolean }
  mine: PushSubscriptionRecord | undefined
}

export function pushStatus({ supported, key, browser, subscriptions, mine }: StatusInputs): PushStatus {
  if (key.isPending) return 'checking'
  if (key.data === null) return 'server-off'
  if (!supported) return 'unsupported'
  if (key.isError || browser.isError || subscriptions.isError) return 'error'
  if (browser.isPending || subscriptions.isPending || !browser.data) return 'checking'
  if (browser.data.permission === 'denied') return 'blocked'
  return browser.data.permission === 'granted' && mine ? 'on' : 'off'
}

/**
 * Push in this browser: its status, the server's record of it (`mine`), the user's other browsers, and the
 * actions. `turnOn` asks for permission, so call it only from a click; it resolves the permission the person
 * gave ('default' when they closed the prompt).
 */
export function usePushState() {
  const queryClient = useQueryClient()
  const [supported] = useState(pushSupported)
  const key = usePushKey()
  const subscriptions = usePushSubscriptions()
  const browser = useQuery({ ...browserPushQueryOptions(), enabled: supported })
  const endpoint = browser.data?.endpoint
  const mine = endpoint ? subscriptions.data?.find((record) => record.endpoint === endpoint) : undefined
  const others = subscriptions.data?.filter((record) => record !== mine) ?? []
  const refresh = () => queryClient.invalidateQueries({ queryKey: pushKeys.all })

  const turnOn = useMutation({
    mutationFn: async (publicKey: string): Promise<NotificationPermission> => {
      const result = await subscribeBrowser(publicKey)
      if (typeof result === 'string') return result
      await subscribePush(result)
      return 'granted'
    },
    onSettled: refresh,
  })
  const turnOff = useMutation({
    mutationFn: async (record: PushSubscriptionRecord | undefined) => {
      // The server first: if it refuses, the browser keeps its subscription and the state stays true.
      if (record) await deletePushSubscription(record.id)
      await unsubscribeBrowser()
    },
    onSettled: refresh,
  })

  return {
    status: pushStatus({ supported, key, browser, subscriptions, mine }),
    publicKey: key.data ?? null,
    readError: key.error ?? subscriptions.error ?? browser.error,
    /** Reads the server's and the browser's state again (after a failed read). */
    reload: refresh,
    mine,
    others,
    turnOn,
    turnOff,
  }
}
