import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'

import { ENDPOINT, installFakePushBrowser, KEY_BYTES, makeRecord, makeSubscription } from '../testing/fake-push-browser'
import { forgetThisBrowser } from './forget-this-browser'

setupMswServer()

let browser: ReturnType<typeof installFakePushBrowser>
beforeEach(() => {
  browser = installFakePushBrowser()
})
afterEach(() => browser.uninstall())

describe('forgetThisBrowser', () => {
  it('deletes this browser’s subscription on the server, then unsubscribes it', async () => {
    const mine = makeRecord({ endpoint: ENDPOINT })
    const deleted: string[] = []
    browser.state.registered = true
    const subscription = makeSubscription(KEY_BYTES.slice().buffer)
    browser.state.subscription = subscription
    server.use(
      http.get('*/api/push/subscriptions', () => HttpResponse.json({ items: [makeRecord(), mine] })),
      http.delete('*/api/push/subscriptions/:id', ({ params }) => {
        deleted.push(String(params.id))
        return new HttpResponse(null, { status: 204 })
      }),
    )
    await forgetThisBrowser()
    expect(deleted).toEqual([String(mine.id)])
    expect(subscription.unsubscribe).toHaveBeenCalledTimes(1)
  })

  it('asks nothing of the server when this browser has no subscription', async () => {
    await expect(forgetThisBrowser()).resolves.toBeUndefined() // an unhandled request would fail the test
  })

  it('never throws', async () => {
    browser.state.registered = true
    browser.state.subscription = makeSubscription(KEY_BYTES.slice().buffer)
    server.use(http.get('*/api/push/subscriptions', () => HttpResponse.error()))
    await expect(forgetThisBrowser()).resolves.toBeUndefined()
    expect(browser.state.subscription.unsubscribe).not.toHaveBeenCalled()
  })

  it('does nothing where push is not supported', async () => {
    browser.uninstall()
    await expect(forgetThisBrowser()).resolves.toBeUndefined()
  })
})
