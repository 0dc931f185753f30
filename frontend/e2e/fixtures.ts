import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test'

export interface Account {
  username: string
  email: string
  password: string
  accessToken: string
  refreshToken: string
}

let counter = 0

/** A fresh, unique account name (the database is fresh per run, but tests must not share users). */
export function uniqueName(prefix = 'user'): string {
  counter += 1
  return `${prefix}${Date.now().toString(36)}${counter}`
}

/** Registers through the API (for scenarios that are not about registering) and returns the tokens. */
export async function registerAccount(request: APIRequestContext, timezone = 'Europe/Berlin'): Promise<Account> {
  const username = uniqueName()
  const password = `pw-${crypto.randomUUID()}`
  const email = `${username}@example.com`
  const response = await request.post('/api/auth/register', { data: { username, email, password, timezone } })
  expect(response.status(), await response.text()).toBe(201)
  const body = (await response.json()) as { access_token: string; refresh_token: string }
  return { username, email, password, accessToken: body.access_token, refreshToken: body.refresh_token }
}

/** Opens the app already signed in as the account (the tokens the SPA would have kept). */
export async function openSignedIn(page: Page, account: Account, path = '/'): Promise<void> {
  await page.addInitScript((tokens) => {
    if (!window.localStorage.getItem('taskforge.session')) {
      window.localStorage.setItem('taskforge.session', JSON.stringify(tokens))
    }
  }, { accessToken: account.accessToken, refreshToken: account.refreshToken })
  await page.goto(path)
}

/** Runs axe-core on the page as it is and fails on any violation of serious or critical impact. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const bad = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(
    bad.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    `axe on ${what}`,
  ).toEqual([])
}

/** Saves a full-page screenshot as a test artefact: test-results/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

/**
 * Every page is watched for Content-Security-Policy violations and uncaught errors: either fails the test.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        const text = message.text()
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) problems.push(text)
      })
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
      await use(problems)
      expect(problems, 'CSP violations or uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export interface ApiTask {
  id: number
  project_id: number
  section_id: number | null
  title: string
  version: number
  completed: boolean
  due_date: string | null
  tags: string[]
  position: string
  recurrence: { rrule: string } | null
}

/** The API as the account, for arranging data and checking what the UI did. */
export function apiAs(request: APIRequestContext, account: Account) {
  const headers = { Authorization: `Bearer ${account.accessToken}` }
  return {
    async createTask(data: Record<string, unknown>): Promise<ApiTask> {
      const response = await request.post('/api/tasks', { headers, data })
      expect(response.status(), await response.text()).toBe(201)
      return (await response.json()) as ApiTask
    },
    async patchTask(id: number, data: Record<string, unknown>): Promise<ApiTask> {
      const response = await request.patch(`/api/tasks/${id}`, { headers, data })
      expect(response.status(), await response.text()).toBe(200)
      return (await response.json()) as ApiTask
    },
    async listTasks(query = ''): Promise<ApiTask[]> {
      const response = await request.get(`/api/tasks?per_page=100${query}`, { headers })
      expect(response.status()).toBe(200)
      return ((await response.json()) as { items: ApiTask[] }).items
    },
    async taskStatus(id: number): Promise<number> {
      return (await request.get(`/api/tasks/${id}`, { headers })).status()
    },
    async createProject(data: Record<string, unknown>): Promise<ApiProject> {
      const response = await request.post('/api/projects', { headers, data })
      expect(response.status(), await response.text()).toBe(201)
      return (await response.json()) as ApiProject
    },
    async listProjects(): Promise<ApiProject[]> {
      const response = await request.get('/api/projects', { headers })
      expect(response.status()).toBe(200)
      return ((await response.json()) as { items: ApiProject[] }).items
    },
    async share(projectId: number, username: string, role = 'editor'): Promise<void> {
      const response = await request.post(`/api/projects/${projectId}/members`, { headers, data: { username, role } })
      expect(response.status(), await response.text()).toBe(201)
    },
    async createSection(projectId: number, name: string): Promise<{ id: number; name: string }> {
      const response = await request.post(`/api/projects/${projectId}/sections`, { headers, data: { name } })
      expect(response.status(), await response.text()).toBe(201)
      return (await response.json()) as { id: number; name: string }
    },
  }
}

export interface ApiProject {
  id: number
  name: string
  inbox: boolean
  owner_id: number
  role: string
  version: number
}
