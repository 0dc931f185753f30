/**
 * Every page of the app (app/router.tsx), with the data that makes each show something, for the axe and
 * screenshot runs in pages.spec.ts. A new route is one line in PAGES (or SIGNED_OUT_PAGES).
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test'

import { apiAs, expect, registerAccount, type Account, type ApiProject, type ApiTask } from './fixtures'

export interface Arranged {
  account: Account
  project: ApiProject
  task: ApiTask
  sharedPath: string
}

export interface PageEntry {
  /** The artefact's name, and what a failure names. */
  name: string
  path: (data: Arranged) => string
  /** What shows once the page has loaded. */
  ready: (page: Page, data: Arranged) => Locator
  /** A step after loading (the project's board is a button away). */
  then?: (page: Page) => Promise<void>
}

const h1 = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 })
const DAY = 24 * 3600 * 1000

/** One account with a bit of everything: tasks due today and later, tags, a project with sections, a link. */
export async function arrangeEveryPage(request: APIRequestContext): Promise<Arranged> {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const project = await api.createProject({ name: 'Garden', color: '#299438' })
  const beds = await api.createSection(project.id, 'Beds')
  await api.createSection(project.id, 'Lawn')
  const task = await api.createTask({ title: 'Renew passport', tags: ['admin'], priority: 3, due_date: new Date().toISOString() })
  await api.patchTask(task.id, { description: 'Photos first' })
  await api.createTask({ title: 'Call the plumber', priority: 4, due_date: new Date(Date.now() + 3 * DAY).toISOString() })
  await api.createTask({ title: 'Buy milk', tags: ['groceries'] })
  await api.createTask({ title: 'Plant tulips', project_id: project.id, section_id: beds.id, due_date: new Date(Date.now() + DAY).toISOString() })
  await api.createTask({ title: 'Mow the lawn', project_id: project.id, priority: 2 })
  await api.createTask({ title: 'Filed taxes', completed: true })
  const link = await request.post(`/api/projects/${project.id}/links`, {
    headers: { Authorization: `Bearer ${account.accessToken}` },
  })
  expect(link.status(), await link.text()).toBe(201)
  const sharedPath = new URL(((await link.json()) as { url: string }).url, 'http://x').pathname
  return { account, project, task, sharedPath }
}

/** The pages of a signed-in person. */
export const PAGES: PageEntry[] = [
  { name: 'tasks', path: () => '/', ready: h1('Tasks') },
  { name: 'inbox', path: () => '/inbox', ready: h1('Inbox') },
  { name: 'today', path: () => '/today', ready: h1('Today') },
  { name: 'upcoming', path: () => '/upcoming', ready: h1('Upcoming') },
  { name: 'assigned', path: () => '/assigned', ready: h1('Assigned to me') },
  { name: 'project-list', path: (d) => `/projects/${d.project.id}`, ready: h1(/Garden/) },
  {
    name: 'project-board',
    path: (d) => `/projects/${d.project.id}`,
    ready: (page) => page.getByRole('region', { name: 'Board' }),
    then: (page) => page.getByRole('button', { name: 'Board' }).click(),
  },
  { name: 'task', path: (d) => `/tasks/${d.task.id}`, ready: (page) => page.getByRole('dialog', { name: 'Edit task' }) },
  { name: 'dashboard', path: () => '/dashboard', ready: (page) => page.locator('canvas[role="img"]').nth(1) },
  { name: 'tags', path: () => '/tags', ready: h1('Tags') },
  { name: 'activity', path: () => '/activity', ready: h1('Activity') },
  { name: 'settings', path: () => '/settings', ready: h1('Settings') },
  { name: 'not-found', path: () => '/no-such-page', ready: h1('Page not found') },
  { name: 'calendar', path: () => '/calendar', ready: h1('Calendar') },
  { name: 'trash', path: () => '/trash', ready: h1('Trash') },
]

/** The pages of someone not signed in (a fresh page, no session). */
export const SIGNED_OUT_PAGES: PageEntry[] = [
  { name: 'login', path: () => '/login', ready: h1('Sign in') },
  { name: 'register', path: () => '/register', ready: h1('Create your account') },
  { name: 'shared-link', path: (d) => d.sharedPath, ready: h1(/Garden/) },
]

/** Opens the page and waits until it has loaded and nothing is in flight. */
export async function openPage(page: Page, entry: PageEntry, data: Arranged): Promise<void> {
  await page.goto(entry.path(data))
  if (entry.then) {
    await expect(h1(/./)(page)).toBeVisible()
    await entry.then(page)
  }
  await expect(entry.ready(page, data), entry.name).toBeVisible()
  await page.waitForLoadState('networkidle')
}

export const MAIN_VIEWS = ['tasks', 'today', 'upcoming', 'calendar', 'project-board', 'task', 'dashboard', 'settings']
