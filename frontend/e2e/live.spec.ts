import { apiAs, expect, openSignedIn, registerAccount, test } from './fixtures'

// page.route cannot see requests that pass through a service worker: these scenarios cut the API off with it,
// so the app-shell worker stays out (e2e/pwa.spec.ts tests it).
test.use({ serviceWorkers: 'block' })

test('a second browser sees the first one’s changes live, without reloading', async ({ browser, page, request }) => {
  const account = await registerAccount(request)
  await openSignedIn(page, account)
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()

  // Another device: its own browser context (its own storage), signed in as the same user.
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await openSignedIn(otherPage, account)
  await expect(otherPage.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  // Let the second page's stream connect before the change is made.
  await otherPage.waitForLoadState('networkidle')

  await page.getByRole('button', { name: /New task/ }).click()
  await page.getByRole('dialog').getByLabel('Title').fill('Seen across devices')
  await page.getByRole('dialog').getByRole('button', { name: 'Create task' }).click()
  await expect(page.getByRole('button', { name: 'Seen across devices', exact: true })).toBeVisible()

  // No reload, no focus change: the event stream brings it.
  await expect(otherPage.getByRole('button', { name: 'Seen across devices', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Mark Seen across devices complete' }).click()
  await expect(otherPage.getByRole('button', { name: 'Mark Seen across devices not complete' })).toBeVisible()
  await other.close()
})

test('a reminder reaches the notifications panel and, with permission, a browser notification', async ({
  browser,
  request,
}) => {
  const account = await registerAccount(request)
  const context = await browser.newContext()
  await context.grantPermissions(['notifications'])
  const page = await context.newPage()
  // Count the browser notifications the app shows.
  await page.addInitScript(() => {
    const shown: string[] = []
    ;(window as unknown as { __notifications: string[] }).__notifications = shown
    class RecordingNotification extends Notification {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options)
        shown.push(title)
      }
    }
    Object.defineProperty(window, 'Notification', { value: RecordingNotification })
  })
  await openSignedIn(page, account)
  await expect(page.getByRole('button', { name: 'Notifications, 0 unread' })).toBeVisible()

  // A reminder due two seconds from now; the worker beside the server delivers it.
  const at = new Date(Date.now() + 2000).toISOString()
  await apiAs(request, account).createTask({ title: 'Call the plumber', reminders: [{ at }] })
  await expect(page.getByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible({ timeout: 20_000 })
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __notifications: string[] }).__notifications))
    .toEqual(['Call the plumber'])

  await page.getByRole('button', { name: 'Notifications, 1 unread' }).click()
  const panel = page.getByRole('dialog', { name: 'Notifications' })
  await expect(panel).toContainText('Call the plumber')
  await panel.getByRole('button', { name: 'Mark “Call the plumber” as read' }).click()
  await expect(page.getByRole('button', { name: 'Notifications, 0 unread' })).toBeVisible()
  await context.close()
})

test('an offline banner shows while the API is unreachable and clears when it answers', async ({ page, request }) => {
  const account = await registerAccount(request)
  await openSignedIn(page, account)
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  await page.route('**/api/**', (route) => route.abort('connectionrefused'))
  await page.route('**/health', (route) => route.abort('connectionrefused'))
  await page.getByRole('button', { name: /New task/ }).click()
  await page.getByRole('dialog').getByLabel('Title').fill('Written offline')
  await page.getByRole('dialog').getByRole('button', { name: 'Create task' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'not answering' })).toBeVisible()
  await page.unrouteAll()
  await expect(page.getByRole('status').filter({ hasText: 'not answering' })).toBeHidden({ timeout: 15_000 })
})
