import {
  apiAs,
  expect,
  expectAccessible,
  openSignedIn,
  registerAccount,
  saveScreenshot,
  test,
} from './fixtures'
import { arrangeEveryPage, MAIN_VIEWS, openPage, PAGES, SIGNED_OUT_PAGES } from './every-page'

test('every page of the app passes axe (0 serious or critical), signed in with data', async ({ page, request }) => {
  const data = await arrangeEveryPage(request)
  await openSignedIn(page, data.account)
  for (const entry of PAGES) {
    await openPage(page, entry, data)
    await expectAccessible(page, entry.name)
  }
})

test('every page for people signed out passes axe', async ({ page, request }) => {
  const data = await arrangeEveryPage(request)
  for (const entry of SIGNED_OUT_PAGES) {
    await openPage(page, entry, data)
    await expectAccessible(page, entry.name)
    await saveScreenshot(page, entry.name)
  }
})

test('the dashboard shows the statistics as cards, charts and tables', async ({ page, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString()
  await api.createTask({ title: 'Late one', priority: 4, due_date: yesterday })
  await api.createTask({ title: 'Done one', priority: 1, completed: true })
  await api.createTask({ title: 'Open one', priority: 3 })

  await openSignedIn(page, account, '/dashboard')
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  const summary = page.getByRole('list', { name: 'Summary' })
  await expect(summary.getByRole('listitem').filter({ hasText: 'Overdue' })).toContainText('1')
  await expect(summary.getByRole('listitem').filter({ hasText: 'Pending' })).toContainText('2')
  await expect(summary.getByRole('listitem').filter({ hasText: 'Completion rate' })).toContainText('33')
  // The charts are drawn (canvas) and described for screen readers.
  await expect(page.locator('canvas[role="img"]')).toHaveCount(2)
  await expect(page.locator('canvas[role="img"]').first()).toHaveAttribute('aria-label', /.+/)
  await expectAccessible(page, 'the dashboard')
  await saveScreenshot(page, 'dashboard')
})

test('dark mode follows the system and the toggle, and every page stays accessible in it', async ({ page, request }) => {
  const account = await registerAccount(request)
  await apiAs(request, account).createTask({ title: 'Night work', priority: 4, tags: ['late'] })
  // Reduced motion: Bootstrap's colour transitions are over before axe reads the colours.
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await openSignedIn(page, account)
  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'dark')

  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'light')

  await page.getByLabel('Theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'dark')
  await expect(page.getByRole('button', { name: 'Night work', exact: true })).toBeVisible()
  await expectAccessible(page, 'the task list in dark mode')
  await saveScreenshot(page, 'tasks-dark')

  const project = await apiAs(request, account).createProject({ name: 'Night shift', color: '#884dff' })
  await apiAs(request, account).createSection(project.id, 'Tonight')
  await apiAs(request, account).createTask({ title: 'Lock up', project_id: project.id, due_date: new Date().toISOString() })
  for (const path of ['/dashboard', '/tags', '/activity', '/settings', '/inbox', '/today', '/upcoming', `/projects/${project.id}`]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expectAccessible(page, `${path} in dark mode`)
  }
  await page.getByRole('button', { name: 'Board' }).click()
  await expect(page.getByRole('region', { name: 'Board' })).toBeVisible()
  await expectAccessible(page, 'the board in dark mode')
  await saveScreenshot(page, 'board-dark')
  await page.getByRole('button', { name: 'Share' }).click()
  await expect(page.getByRole('dialog', { name: 'Share “Night shift”' }).getByRole('list', { name: 'People' })).toBeVisible()
  await expectAccessible(page, 'the share dialog in dark mode')
  await page.keyboard.press('Escape')
  await page.goto('/dashboard')
  await expect(page.locator('canvas[role="img"]')).toHaveCount(2)
  await saveScreenshot(page, 'dashboard-dark')
})

test('the shortcuts help opens with ?, and n opens the new task editor', async ({ page, request }) => {
  const account = await registerAccount(request)
  await apiAs(request, account).createTask({ title: 'Renew passport', tags: ['admin'], priority: 3 })
  await openSignedIn(page, account)
  await expect(page.getByRole('button', { name: 'Renew passport', exact: true })).toBeVisible()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expectAccessible(page, 'the shortcuts help')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  await page.keyboard.press('n')
  await expect(page.getByRole('dialog').getByLabel('Title')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
})

test('at phone width nothing scrolls sideways and the menu opens', async ({ page, request }) => {
  const account = await registerAccount(request)
  const project = await apiAs(request, account).createProject({ name: 'Phone project' })
  for (const name of ['One', 'Two', 'Three']) await apiAs(request, account).createSection(project.id, name)
  await apiAs(request, account).createTask({
    title: 'A rather long task title that has to wrap on a small phone screen without overflowing',
    tags: ['phone', 'layout'],
    due_date: '2031-05-01T10:00:00Z',
  })
  await page.setViewportSize({ width: 375, height: 740 })
  await openSignedIn(page, account)
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  const title = 'A rather long task title that has to wrap on a small phone screen without overflowing'
  await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectAccessible(page, 'the task list at phone width')
  await saveScreenshot(page, 'tasks-phone')

  await page.getByRole('button', { name: 'Menu' }).click()
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

  // The sidebar folds away behind a button; a project's board scrolls sideways within itself, not the page.
  await page.getByRole('button', { name: 'Projects and views' }).click()
  await page.getByRole('navigation', { name: 'Projects and views' }).getByRole('link', { name: /^Phone project/ }).click()
  await expect(page.getByRole('heading', { name: 'Phone project', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Projects and views' })).toBeHidden()
  // Bootstrap's button colours fade for 0.15 s: axe reads them once they have settled.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.getByRole('button', { name: 'Board' }).click()
  await expect(page.getByRole('heading', { name: 'Three', level: 2 })).toBeAttached()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await expectAccessible(page, 'the board at phone width')
  await saveScreenshot(page, 'board-phone')
})

test('Flask serves the SPA with history fallback, immutable assets and the strict CSP', async ({ request }) => {
  const deep = await request.get('/tasks/42?x=1')
  expect(deep.status()).toBe(200)
  expect(deep.headers()['content-type']).toContain('text/html')
  expect(deep.headers()['cache-control']).toBe('no-cache')
  const csp = deep.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')
  const html = await deep.text()
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  expect(asset).toBeTruthy()
  const script = await request.get(asset ?? '')
  expect(script.status()).toBe(200)
  expect(script.headers()['cache-control']).toContain('immutable')
  expect((await request.get('/assets/missing-0000.js')).status()).toBe(404)
  const api404 = await request.get('/api/nope')
  expect(api404.status()).toBe(404)
  expect(api404.headers()['content-type']).toContain('application/problem+json')
})

// Screenshots of the main views at each size and in each theme, kept as artefacts in
// test-results/screenshots/<view>-<size>-<theme>.png (and attached to the HTML report).
const SIZES = [
  { size: 'desktop', viewport: { width: 1280, height: 800 } },
  { size: 'mobile', viewport: { width: 390, height: 844 } },
] as const

for (const { size, viewport } of SIZES) {
  test.describe(`at ${size} size`, () => {
    test.use({ viewport })
    for (const theme of ['light', 'dark'] as const) {
      test(`the main views in the ${theme} theme are screenshotted${size === 'mobile' ? ' and pass axe' : ''}`, async ({ page, request }, testInfo) => {
        const data = await arrangeEveryPage(request)
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' })
        await openSignedIn(page, data.account, '/today')
        await expect(page.locator('html')).toHaveAttribute('data-bs-theme', theme)
        const bottomBar = page.getByRole('navigation', { name: 'Main views' })
        for (const entry of PAGES.filter((candidate) => MAIN_VIEWS.includes(candidate.name))) {
          await openPage(page, entry, data)
          await expect(bottomBar).toBeVisible({ visible: size === 'mobile' })
          if (size === 'mobile') await expectAccessible(page, `${entry.name} at phone size, ${theme}`)
          const name = `${entry.name}-${size}-${theme}`
          await saveScreenshot(page, name)
          await testInfo.attach(name, { path: `test-results/screenshots/${name}.png`, contentType: 'image/png' })
        }
      })
    }
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the bottom bar goes to the main views, marks the current one and never covers the last task', async ({ page, request }) => {
    const account = await registerAccount(request)
    const api = apiAs(request, account)
    for (let index = 1; index <= 14; index += 1) await api.createTask({ title: `Errand ${index}` })
    await openSignedIn(page, account, '/inbox')
    const bar = page.getByRole('navigation', { name: 'Main views' })
    await expect(bar.getByRole('link', { name: 'Inbox' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('button', { name: 'Errand 14', exact: true })).toBeVisible()

    // Scrolled to the end, the page's last content ends above the bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    const barTop = (await bar.boundingBox())?.y ?? 0
    const mainBottom = await page.locator('main').evaluate((main) => main.getBoundingClientRect().bottom)
    expect(mainBottom).toBeLessThanOrEqual(barTop + 1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

    await bar.getByRole('link', { name: 'Today' }).click()
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
    await expect(bar.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page')
    await bar.getByRole('link', { name: 'Upcoming' }).click()
    await expect(page.getByRole('heading', { name: 'Upcoming', level: 1 })).toBeVisible()
    await bar.getByRole('button', { name: 'New task' }).click()
    await expect(page.getByRole('dialog', { name: 'New task' }).getByLabel('Title')).toBeFocused()
  })
})
