import { apiAs, expect, openSignedIn, registerAccount, test } from './fixtures'

test('the app is installable: a manifest with its icons, served with their types', async ({ page, request }) => {
  await page.goto('/login')
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest')
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2)

  const response = await request.get('/manifest.webmanifest')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/manifest+json')
  const manifest = (await response.json()) as {
    name: string
    short_name: string
    start_url: string
    scope: string
    display: string
    icons: { src: string; sizes: string; type: string; purpose: string }[]
  }
  expect(manifest).toMatchObject({ name: 'TaskForge', short_name: 'TaskForge', start_url: '/', scope: '/', display: 'standalone' })
  const pngs = manifest.icons.filter((icon) => icon.type === 'image/png')
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src)
    expect(file.status(), icon.src).toBe(200)
    expect(file.headers()['content-type'], icon.src).toContain(icon.type)
  }
})

test('offline, the app opens from its cached shell and shows the saved lists read-only', async ({ page, context, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const task = await api.createTask({ title: 'Renew passport', due_date: new Date().toISOString() })
  await api.createTask({ title: 'Buy milk' })

  await openSignedIn(page, account, '/inbox')
  await expect(page.getByRole('button', { name: 'Buy milk', exact: true })).toBeVisible()
  await page.getByRole('link', { name: /^Today/ }).first().click()
  await expect(page.getByRole('button', { name: 'Renew passport', exact: true })).toBeVisible()
  // The worker has cached the shell and controls the page; the lists are saved in this browser.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  // Both lists are in the copy, Today's (due before tomorrow) too: it is saved a second after the last change.
  await page.waitForFunction(() => {
    const copy = JSON.parse(localStorage.getItem('taskforge.offline-copy') ?? '{}') as {
      clientState?: { queries: { queryKey: unknown[] }[] }
    }
    const lists = (copy.clientState?.queries ?? []).filter(({ queryKey }) => queryKey[0] === 'tasks' && queryKey[1] === 'list')
    return lists.length >= 2 && lists.some(({ queryKey }) => JSON.stringify(queryKey).includes('due_before'))
  })

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'You are offline: showing saved tasks, changes are disabled.' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Renew passport', exact: true })).toBeVisible()

  // Read-only: a change is refused before anything is sent, and says why.
  await page.getByRole('button', { name: 'Mark Renew passport complete' }).click()
  await expect(page.getByText('You are offline: changes are disabled until you are back online.').first()).toBeVisible()

  // The other saved list opens too.
  await page.getByRole('navigation', { name: 'Projects and views' }).getByRole('link', { name: /^Inbox/ }).click()
  await expect(page.getByRole('button', { name: 'Buy milk', exact: true })).toBeVisible()

  await context.setOffline(false)
  await expect(page.getByText('You are offline: showing saved tasks', { exact: false })).toBeHidden()
  expect((await api.listTasks()).find((candidate) => candidate.id === task.id)?.completed).toBe(false)
})

test('signing out, offline too, removes the saved lists from this browser', async ({ page, context, request }) => {
  const account = await registerAccount(request)
  await apiAs(request, account).createTask({ title: 'Private errand' })
  await openSignedIn(page, account, '/inbox')
  await expect(page.getByRole('button', { name: 'Private errand', exact: true })).toBeVisible()
  await page.waitForFunction(() => (localStorage.getItem('taskforge.offline-copy') ?? '').includes('Private errand'))
  await context.setOffline(true)
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('taskforge.offline-copy'))).toBeNull()
})
