import type { Page } from '@playwright/test'

import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, saveScreenshot, test } from './fixtures'

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Projects and views' })
const projectLink = (page: Page, name: string) => sidebar(page).getByRole('link', { name: new RegExp(`^${name}\\b`) })
const taskButton = (page: Page, title: string) => page.getByRole('button', { name: title, exact: true })
const column = (page: Page, name: string) => page.getByRole('list', { name: `Tasks in ${name}` })

test('two people share a project, see each other’s changes live, and the one removed loses it at once', async ({
  browser,
  page,
  request,
}) => {
  const ann = await registerAccount(request)
  const bob = await registerAccount(request)

  // Bob is already looking at his tasks when Ann shares her project with him.
  const bobContext = await browser.newContext()
  const bobPage = await bobContext.newPage()
  await openSignedIn(bobPage, bob, '/inbox')
  await expect(bobPage.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible()
  await bobPage.waitForLoadState('networkidle')

  // Ann makes the project from the sidebar and shares it with Bob as an editor. (Reduced motion: Bootstrap's colour
  // transitions are over before axe reads the colours.)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openSignedIn(page, ann, '/')
  await sidebar(page).getByRole('button', { name: 'Add project' }).click()
  const create = page.getByRole('dialog', { name: 'New project' })
  await create.getByLabel('Name').fill('Garden')
  await create.getByLabel('Colour').selectOption({ label: 'Green' })
  await create.getByRole('button', { name: 'Add project' }).click()
  await expect(page.getByRole('heading', { name: 'Garden', level: 1 })).toBeVisible()
  await expect(page).toHaveURL(/\/projects\/\d+$/)
  await expectAccessible(page, 'an empty project')

  await page.getByRole('button', { name: 'Share' }).click()
  const share = page.getByRole('dialog', { name: 'Share “Garden”' })
  await share.getByLabel('Username or email').fill(bob.username)
  await share.getByLabel('Role', { exact: true }).selectOption({ label: 'Editor' })
  await share.getByRole('button', { name: 'Invite' }).click()
  await expect(share.getByRole('list', { name: 'People' })).toContainText(bob.username)
  await expectAccessible(page, 'the share dialog')
  await saveScreenshot(page, 'share-dialog')
  await share.getByRole('button', { name: 'Close' }).click()

  // Bob sees it arrive under "Shared with me", live.
  await expect(projectLink(bobPage, 'Garden')).toBeVisible()
  await projectLink(bobPage, 'Garden').click()
  await expect(bobPage.getByRole('heading', { name: 'Garden', level: 1 })).toBeVisible()
  await expect(bobPage.getByText('Editor', { exact: true })).toBeVisible()

  // Ann adds a task; Bob sees it. Bob adds one; Ann sees it.
  await page.getByRole('button', { name: /New task/ }).click()
  await page.getByRole('dialog').getByLabel('Title').fill('Plant tulips')
  await expect(page.getByRole('dialog').getByLabel('Project')).toHaveValue(/\d+/)
  await page.getByRole('dialog').getByRole('button', { name: 'Create task' }).click()
  await expect(taskButton(page, 'Plant tulips')).toBeVisible()
  await expect(taskButton(bobPage, 'Plant tulips')).toBeVisible()

  await bobPage.getByRole('button', { name: /New task/ }).click()
  await bobPage.getByRole('dialog').getByLabel('Title').fill('Buy soil')
  await bobPage.getByRole('dialog').getByRole('button', { name: 'Create task' }).click()
  await expect(taskButton(bobPage, 'Buy soil')).toBeVisible()
  await expect(taskButton(page, 'Buy soil')).toBeVisible()

  // The board: Ann (the owner) adds a column; Bob (an editor) drags a card into it by keyboard; each sees the other.
  await page.getByRole('button', { name: 'Board' }).click()
  await bobPage.getByRole('button', { name: 'Board' }).click()
  await page.getByRole('button', { name: 'Add section' }).click()
  await page.getByLabel('Name of the new section').fill('Doing')
  await page.getByLabel('Name of the new section').press('Enter')
  await expect(page.getByRole('heading', { name: 'Doing', level: 2 })).toBeVisible()
  await expect(bobPage.getByRole('heading', { name: 'Doing', level: 2 })).toBeVisible()
  await expect(bobPage.getByRole('button', { name: 'Add section' })).toBeHidden()
  await expectAccessible(page, 'the board')
  await saveScreenshot(page, 'board')

  const handle = bobPage.getByRole('button', { name: 'Move Buy soil' })
  await handle.focus()
  // Each key waits for what a screen reader hears (the drag's live region), as a person waits to see the move.
  await bobPage.keyboard.press('Space')
  await expect(bobPage.getByText('Buy soil is over No section.', { exact: true })).toBeAttached()
  await bobPage.keyboard.press('ArrowRight')
  await expect(bobPage.getByText('Buy soil is over Doing.', { exact: true })).toBeAttached()
  await bobPage.keyboard.press('Space')
  await expect(column(bobPage, 'Doing')).toContainText('Buy soil')
  await expect(column(page, 'Doing')).toContainText('Buy soil')
  await expect(column(page, 'No section')).not.toContainText('Buy soil')

  // Bob completes Ann's task; it leaves Ann's board.
  await bobPage.getByRole('button', { name: 'Mark Plant tulips complete' }).click()
  await expect(taskButton(page, 'Plant tulips')).toBeHidden()

  // Ann removes Bob: his page leaves the project at once, without a reload, and says why.
  await page.getByRole('button', { name: 'Share' }).click()
  await page.getByRole('dialog', { name: 'Share “Garden”' }).getByRole('button', { name: `Remove ${bob.username}` }).click()
  await expect(bobPage).toHaveURL(/\/inbox$/)
  await expect(bobPage.getByText('You no longer have access to “Garden”.')).toBeVisible()
  await expect(projectLink(bobPage, 'Garden')).toBeHidden()
  await expect(bobPage.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible()
  await bobContext.close()
})

test('a read-only link shows the project without signing in, until it is revoked', async ({ browser, page, request }) => {
  const ann = await registerAccount(request)
  const api = apiAs(request, ann)
  const project = await api.createProject({ name: 'Open house', color: '#db4035' })
  const section = await api.createSection(project.id, 'Kitchen')
  await api.createTask({ title: 'Paint the door', project_id: project.id })
  await api.createTask({ title: 'Fix the tap', project_id: project.id, section_id: section.id, priority: 4 })

  await openSignedIn(page, ann, `/projects/${project.id}`)
  await page.getByRole('button', { name: 'Share' }).click()
  const share = page.getByRole('dialog', { name: 'Share “Open house”' })
  await share.getByRole('button', { name: 'Create a link' }).click()
  const address = share.getByRole('textbox', { name: 'New link' })
  await expect(address).toHaveValue(/\/shared\/[A-Za-z0-9_-]+$/)
  const url = await address.inputValue()

  // A visitor with no account.
  const visitor = await browser.newContext()
  const visitorPage = await visitor.newPage()
  await visitorPage.goto(url)
  await expect(visitorPage.getByRole('heading', { name: 'Open house', level: 1 })).toBeVisible()
  await expect(visitorPage.getByRole('list', { name: 'Tasks in No section' })).toContainText('Paint the door')
  await expect(visitorPage.getByRole('list', { name: 'Tasks in Kitchen' })).toContainText('Fix the tap')
  await expect(visitorPage.getByRole('button', { name: /Mark .* complete/ })).toHaveCount(0)
  await expectAccessible(visitorPage, 'the read-only link page')
  await saveScreenshot(visitorPage, 'shared-link')

  await share.getByRole('button', { name: 'Done' }).click()
  await share.getByRole('button', { name: /^Revoke the link/ }).click()
  await expect(share.getByRole('list', { name: 'Active links' })).toBeHidden()
  await visitorPage.reload()
  await expect(visitorPage.getByRole('heading', { name: 'This link no longer works', level: 1 })).toBeVisible()
  await expectAccessible(visitorPage, 'a revoked link')
  await visitor.close()
})

test('Today and Upcoming list every project’s tasks by day, with the project named', async ({ page, request }) => {
  const ann = await registerAccount(request, 'Pacific/Auckland')
  const api = apiAs(request, ann)
  const project = await api.createProject({ name: 'Errands' })
  const hour = 3600 * 1000
  await api.createTask({ title: 'Post the parcel', project_id: project.id, due_date: new Date(Date.now() + 120_000).toISOString() })
  await api.createTask({ title: 'Return the books', due_date: new Date(Date.now() - 30 * hour).toISOString() })
  await api.createTask({ title: 'Call the bank', due_date: new Date(Date.now() + 72 * hour).toISOString() })
  await api.createTask({ title: 'Someday', due_date: new Date(Date.now() + 30 * 24 * hour).toISOString() })

  await openSignedIn(page, ann, '/today')
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Overdue/ })).toContainText('Return the books')
  await expect(page.getByRole('region', { name: /^Today ·/ })).toContainText('Post the parcel')
  await expect(page.getByRole('region', { name: /^Today ·/ })).toContainText('Errands')
  await expect(page.getByText('Call the bank')).toBeHidden()
  await expectAccessible(page, 'Today')

  await sidebar(page).getByRole('link', { name: 'Upcoming' }).click()
  await expect(page.getByRole('heading', { name: 'Upcoming', level: 1 })).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(7)
  await expect(page.getByText('Call the bank')).toBeVisible()
  await expect(page.getByText('Someday')).toBeHidden()
  await expect(page.getByText('Return the books')).toBeHidden()
  await expectAccessible(page, 'Upcoming')
  await saveScreenshot(page, 'upcoming')
})

test('teams in Settings: create one, add a member, share a project with it, then delete it', async ({ page, request }) => {
  const ann = await registerAccount(request)
  const bob = await registerAccount(request)
  const project = await apiAs(request, ann).createProject({ name: 'Quarterly plan' })

  // Reduced motion: the toasts are in place (not fading in over the page) when axe reads the colours.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openSignedIn(page, ann, '/settings')
  const teams = page.getByRole('region', { name: 'Teams' })
  await teams.getByLabel('New team').fill('Planners')
  await teams.getByRole('button', { name: 'Create team' }).click()
  await teams.getByRole('button', { name: 'Manage Planners' }).click()
  await teams.getByLabel('Username or email of the new member').fill(bob.email)
  await teams.getByRole('button', { name: 'Add member' }).click()
  await expect(teams.getByRole('list', { name: 'Members of Planners' })).toContainText(bob.username)
  await expectAccessible(page, 'the teams settings')

  await page.goto(`/projects/${project.id}`)
  await page.getByRole('button', { name: 'Share' }).click()
  const share = page.getByRole('dialog', { name: 'Share “Quarterly plan”' })
  await share.getByLabel('Team', { exact: true }).selectOption({ label: 'Planners' })
  await share.getByRole('button', { name: 'Share with team' }).click()
  await expect(share.getByRole('list', { name: 'Teams' })).toContainText('Planners')
  expect((await apiAs(request, bob).listProjects()).map((shared) => shared.name)).toContain('Quarterly plan')
  await share.getByRole('button', { name: 'Close' }).click()

  await page.goto('/settings')
  await teams.getByRole('button', { name: 'Manage Planners' }).click()
  await teams.getByRole('button', { name: 'Delete team' }).click()
  await page.getByRole('dialog', { name: 'Delete the team Planners?' }).getByRole('button', { name: 'Delete team' }).click()
  await expect(teams.getByText('You are in no team yet.')).toBeVisible()
  expect((await apiAs(request, bob).listProjects()).map((shared) => shared.name)).not.toContain('Quarterly plan')
})
