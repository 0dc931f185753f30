import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import {
  ENDPOINT,
  installFakePushBrowser,
  KEY_BYTES,
  makeRecord,
  makeSubscription,
  PUBLIC_KEY,
} from '../testing/fake-push-browser'
import { PushSettings } from './push-settings'

setupMswServer()

type PushRecord = Schemas['PushSubscriptionOut']

const problem = (status: number, title: string) =>
  HttpResponse.json(
    { type: 'about:blank', title, status, detail: `${title}.`, request_id: 'r1' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  )

let browser: ReturnType<typeof installFakePushBrowser>
let records: PushRecord[]
let posted: unknown[]
let deleted: string[]

beforeEach(() => {
  browser = installFakePushBrowser()
  records = []
  posted = []
  deleted = []
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
    http.get('*/api/push/key', () => HttpResponse.json({ public_key: PUBLIC_KEY })),
    http.get('*/api/push/subscriptions', () => HttpResponse.json({ items: records })),
    http.post('*/api/push/subscriptions', async ({ request }) => {
      const body = (await request.json()) as Schemas['PushSubscriptionIn']
      posted.push(body)
      const record = makeRecord({ endpoint: body.endpoint, user_agent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' })
      records = [...records, record]
      return HttpResponse.json(record, { status: 201 })
    }),
    http.delete('*/api/push/subscriptions/:id', ({ params }) => {
      deleted.push(String(params.id))
      records = records.filter((record) => String(record.id) !== params.id)
      return new HttpResponse(null, { status: 204 })
    }),
  )
})
afterEach(() => browser.uninstall())

const card = () => screen.getByRole('region', { name: 'Push notifications' })
const status = (text: string) => within(card()).findByText(text)
const turnOnButton = () => within(card()).findByRole('button', { name: 'Turn on push for this browser' })

/** This browser subscribed already, and the server knows it. */
function alreadyOn(): PushRecord {
  browser.state.permission = 'granted'
  browser.state.registered = true
  browser.state.subscription = makeSubscription(KEY_BYTES.slice().buffer)
  const mine = makeRecord({ endpoint: ENDPOINT })
  records = [mine]
  return mine
}

describe('PushSettings', () => {
  it('turns push on only when the button is pressed', async () => {
    renderWithProviders(<PushSettings />)
    expect(await status('Push is not on for this browser.')).toBeInTheDocument()
    expect(browser.Notification.requestPermission).not.toHaveBeenCalled()
    expect(browser.serviceWorker.register).not.toHaveBeenCalled()

    await userEvent.click(await turnOnButton())

    expect(await status('Push works in this browser.')).toBeInTheDocument()
    expect(browser.Notification.requestPermission).toHaveBeenCalledTimes(1)
    expect(browser.serviceWorker.register).toHaveBeenCalledWith('/sw.js', { scope: '/' })
    const options = browser.pushManager.subscribe.mock.calls[0]?.[0]
    expect(options?.userVisibleOnly).toBe(true)
    expect(options?.applicationServerKey).toEqual(KEY_BYTES)
    expect(posted).toEqual([
      { endpoint: ENDPOINT, expirationTime: null, keys: { p256dh: 'BPublicKeyOfTheBrowser', auth: 'authSecret16' } },
    ])
    expect(within(card()).getByRole('button', { name: 'Turn off' })).toBeInTheDocument()
    // This browser is not one of the "other" ones.
    expect(within(card()).getByText('Push is on in no other browser.')).toBeInTheDocument()
  })

  it('turns push off: the server forgets the browser, then the browser unsubscribes', async () => {
    const mine = alreadyOn()
    const subscription = browser.state.subscription
    subscription?.unsubscribe.mockImplementation(() => {
      browser.state.subscription = null
      return Promise.resolve(true)
    })
    renderWithProviders(<PushSettings />)
    await userEvent.click(await within(card()).findByRole('button', { name: 'Turn off' }))
    expect(await status('Push is not on for this browser.')).toBeInTheDocument()
    expect(deleted).toEqual([String(mine.id)])
    expect(subscription?.unsubscribe).toHaveBeenCalledTimes(1)
  })

  it('keeps the browser subscribed when the server refuses to turn it off', async () => {
    alreadyOn()
    const subscription = browser.state.subscription
    server.use(http.delete('*/api/push/subscriptions/:id', () => problem(503, 'Service Unavailable')))
    renderWithProviders(<PushSettings />)
    await userEvent.click(await within(card()).findByRole('button', { name: 'Turn off' }))
    expect(await within(card()).findByRole('alert')).toHaveTextContent(
      'Could not change push for this browser: Service Unavailable.',
    )
    expect(subscription?.unsubscribe).not.toHaveBeenCalled()
    expect(within(card()).getByText('Push works in this browser.')).toBeInTheDocument()
  })

  it('lists the other browsers and removes one', async () => {
    alreadyOn()
    const phone = makeRecord({
      user_agent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36',
      created_at: '2030-03-04T10:00:00Z',
    })
    records = [...records, phone]
    renderWithProviders(<PushSettings />)
    const list = await within(card()).findByRole('list', { name: 'Your other browsers' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(list).toHaveTextContent('Chrome on Android')
    expect(list).toHaveTextContent('Since 4 Mar 2030')

    await userEvent.click(within(list).getByRole('button', { name: 'Remove Chrome on Android, since 4 Mar 2030' }))

    expect(await screen.findByText('Push turned off for Chrome on Android.')).toBeInTheDocument()
    expect(deleted).toEqual([String(phone.id)])
    expect(await within(card()).findByText('Push is on in no other browser.')).toBeInTheDocument()
    expect(within(card()).getByText('Push works in this browser.')).toBeInTheDocument()
  })

  it('says when a removal fails', async () => {
    records = [makeRecord()]
    server.use(http.delete('*/api/push/subscriptions/:id', () => problem(429, 'Too Many Requests')))
    renderWithProviders(<PushSettings />)
    await userEvent.click(await within(card()).findByRole('button', { name: /^Remove Chrome on Windows/ }))
    expect(
      await screen.findByText('Could not remove Chrome on Windows: Too many requests. Wait a moment and try again.'),
    ).toBeInTheDocument()
  })

  it('counts a browser the server forgot already as removed', async () => {
    const gone = makeRecord()
    records = [gone]
    server.use(
      http.delete('*/api/push/subscriptions/:id', () => {
        records = []
        return problem(404, 'Not Found')
      }),
    )
    renderWithProviders(<PushSettings />)
    await userEvent.click(await within(card()).findByRole('button', { name: /^Remove Chrome on Windows/ }))
    expect(await screen.findByText('Push turned off for Chrome on Windows.')).toBeInTheDocument()
  })

  it('says when notifications are blocked for the site, and offers no button', async () => {
    browser.state.permission = 'denied'
    renderWithProviders(<PushSettings />)
    expect(await status('Blocked: allow notifications for this site in the browser settings.')).toBeInTheDocument()
    expect(within(card()).queryByRole('button', { name: 'Turn on push for this browser' })).not.toBeInTheDocument()
  })

  it('shows blocked when the person says no at the prompt', async () => {
    browser.state.answer = 'denied'
    renderWithProviders(<PushSettings />)
    await userEvent.click(await turnOnButton())
    expect(await status('Blocked: allow notifications for this site in the browser settings.')).toBeInTheDocument()
    expect(browser.serviceWorker.register).not.toHaveBeenCalled()
    expect(posted).toEqual([])
  })

  it('offers to ask again when the prompt was closed without an answer', async () => {
    browser.state.answer = 'default'
    renderWithProviders(<PushSettings />)
    await userEvent.click(await turnOnButton())
    expect(await within(card()).findByText(/closed without an answer/)).toBeInTheDocument()
    expect(await turnOnButton()).toBeEnabled()
    expect(posted).toEqual([])
  })

  it('says when the server refuses the subscription', async () => {
    server.use(http.post('*/api/push/subscriptions', () => problem(503, 'Service Unavailable')))
    renderWithProviders(<PushSettings />)
    await userEvent.click(await turnOnButton())
    expect(await within(card()).findByRole('alert')).toHaveTextContent('Service Unavailable.')
    expect(within(card()).getByText('Push is not on for this browser.')).toBeInTheDocument()
  })

  it('subscribes again when the browser holds a subscription the server does not know, replacing one with another key', async () => {
    browser.state.permission = 'granted'
    browser.state.registered = true
    const stale = makeSubscription(new Uint8Array([4, 1, 2]).buffer, 'https://push.example/send/old')
    stale.unsubscribe.mockImplementation(() => {
      browser.state.subscription = null
      return Promise.resolve(true)
    })
    browser.state.subscription = stale
    renderWithProviders(<PushSettings />)
    await userEvent.click(await turnOnButton())
    expect(await status('Push works in this browser.')).toBeInTheDocument()
    expect(stale.unsubscribe).toHaveBeenCalledTimes(1)
    expect(browser.Notification.requestPermission).toHaveBeenCalledTimes(1) // answered at once: granted already
    expect(posted).toMatchObject([{ endpoint: ENDPOINT }])
  })

  it('says when push is off on the server', async () => {
    server.use(http.get('*/api/push/key', () => problem(404, 'Not Found')))
    renderWithProviders(<PushSettings />)
    expect(await status('Push is off on this server.')).toBeInTheDocument()
    expect(within(card()).queryByRole('button', { name: /Turn on/ })).not.toBeInTheDocument()
  })

  it.each([
    ['no service worker', () => Reflect.deleteProperty(navigator, 'serviceWorker')],
    ['no Push API', () => Reflect.deleteProperty(globalThis, 'PushManager')],
    ['an insecure context', () => vi.stubGlobal('isSecureContext', false)],
  ])('says the browser does not support push with %s', async (_case, takeAway) => {
    takeAway()
    renderWithProviders(<PushSettings />)
    expect(await status('This browser does not support push.')).toBeInTheDocument()
    expect(within(card()).queryByRole('button', { name: /Turn on/ })).not.toBeInTheDocument()
  })

  it('says when it cannot find out, with a Retry', async () => {
    server.use(http.get('*/api/push/subscriptions', () => problem(500, 'Internal Server Error'), { once: true }))
    renderWithProviders(<PushSettings />)
    expect(await status('Could not find out whether push works here.')).toBeInTheDocument()
    expect(within(card()).getByRole('alert')).toHaveTextContent('Could not load the push settings. Internal Server Error.')
    await userEvent.click(within(card()).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(within(card()).queryByRole('alert')).not.toBeInTheDocument())
    expect(within(card()).queryByText('Could not find out whether push works here.')).not.toBeInTheDocument()
  })

  it('shows what it is doing while it checks', async () => {
    renderWithProviders(<PushSettings />)
    expect(within(card()).getByText('Checking this browser…')).toBeInTheDocument()
    await waitFor(() => expect(within(card()).queryByText('Checking this browser…')).not.toBeInTheDocument())
  })
})
