import type { Page } from '@playwright/test'

import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, saveScreenshot, test } from './fixtures'

const taskRow = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) })

/** Opens a task of the list in its editor, on the Comments tab. */
async function openComments(page: Page, title: string) {
  await page.getByRole('button', { name: title, exact: true }).click()
  const editor = page.getByRole('dialog', { name: 'Edit task' })
  await editor.getByRole('tab', { name: 'Comments' }).click()
  return editor
}

test('two people work on a task: one assigns and @mentions the other, who sees it all live and is notified', async ({
  browser,
  page,
  request,
}) => {
  const ann = await registerAccount(request)
  const bob = await registerAccount(request)
  const project = await apiAs(request, ann).createProject({ name: 'Garden', color: '#299438' })
  await apiAs(request, ann).share(project.id, bob.username, 'editor')

  // Bob has the project open before anything happens, and does not reload.
  const bobContext = await browser.newContext()
  const bobPage = await bobContext.newPage()
  await openSignedIn(bobPage, bob, `/projects/${project.id}`)
  await expect(bobPage.getByRole('heading', { name: 'Garden', level: 1 })).toBeVisible()
  await expect(bobPage.getByText('No tasks here yet.')).toBeVisible()
  await bobPage.waitForLoadState('networkidle')

  // Ann creates a task and gives it to Bob, picking him among the project's editors.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openSignedIn(page, ann, `/projects/${project.id}`)
  await page.getByRole('button', { name: /New task/ }).click()
  const create = page.getByRole('dialog', { name: 'New task' })
  await create.getByLabel('Title').fill('Prune the roses')
  const assignees = create.getByRole('group', { name: 'Assignees' })
  await expect(assignees.getByRole('checkbox', { name: `${ann.username} (you)` })).toBeVisible()
  await assignees.getByRole('checkbox', { name: bob.username }).check()
  await expectAccessible(page, 'the assignee picker')
  await saveScreenshot(page, 'assignee-picker')
  await create.getByRole('button', { name: 'Create task' }).click()
  await expect(taskRow(page, 'Prune the roses').getByRole('img', { name: bob.username })).toBeVisible()

  // Bob sees the task arrive with his avatar on it, and opens its comments.
  await expect(taskRow(bobPage, 'Prune the roses').getByRole('img', { name: bob.username })).toBeVisible()
  const bobEditor = await openComments(bobPage, 'Prune the roses')
  await expect(bobEditor.getByText('No comments yet.')).toBeVisible()

  // Ann comments, mentioning Bob through the @ suggestions (keyboard only).
  const annEditor = await openComments(page, 'Prune the roses')
  const box = annEditor.getByRole('textbox', { name: 'Add a comment' })
  await box.click()
  await box.pressSequentially(`@${bob.username.slice(0, 5)}`)
  await expect(annEditor.getByRole('option', { name: bob.username })).toHaveAttribute('aria-selected', 'true')
  await box.press('Enter')
  await expect(box).toHaveValue(`@${bob.username} `)
  await box.pressSequentially('please look')
  await annEditor.getByRole('button', { name: 'Comment' }).click()
  const annThread = annEditor.getByRole('list', { name: 'Comments' })
  await expect(annThread).toContainText(`@${bob.username} please look`)
  await expect(box).toHaveValue('')
  await expectAccessible(page, 'the comments of a task')
  await saveScreenshot(page, 'task-comments')

  // Bob's open thread shows it without a reload.
  const bobThread = bobEditor.getByRole('list', { name: 'Comments' })
  await expect(bobThread).toContainText(`@${bob.username} please look`)
  await expect(bobThread.getByRole('article', { name: new RegExp(`^${ann.username},`) })).toBeVisible()

  // And his inbox says he was given the task and mentioned.
  await bobEditor.getByRole('button', { name: 'Close' }).click()
  await bobPage.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click()
  const inbox = bobPage.getByRole('dialog', { name: 'Notifications' })
  await expect(inbox.getByRole('listitem').filter({ hasText: /assigned you/ }).filter({ hasText: 'Prune the roses' })).toBeVisible()
  await expect(inbox.getByRole('listitem').filter({ hasText: /mentioned you/ }).filter({ hasText: 'Prune the roses' })).toBeVisible()
  await inbox.getByRole('button', { name: 'Close' }).click()

  // "Assigned to me" lists it; its link (where notifications point) opens it on its comments.
  await bobPage.getByRole('navigation', { name: 'Projects and views' }).getByRole('link', { name: 'Assigned to me' }).click()
  await expect(bobPage.getByRole('heading', { name: 'Assigned to me', level: 1 })).toBeVisible()
  await expect(taskRow(bobPage, 'Prune the roses')).toBeVisible()
  const tasks = await apiAs(request, bob).listTasks(`&project_id=${project.id}`)
  expect(tasks).toHaveLength(1)
  await bobPage.goto(`/tasks/${tasks[0].id}?tab=comments`)
  const linked = bobPage.getByRole('dialog', { name: 'Edit task' })
  await expect(linked.getByRole('tab', { name: 'Comments', selected: true })).toBeVisible()
  await expect(linked.getByRole('list', { name: 'Comments' })).toContainText('please look')
  await linked.getByRole('button', { name: 'Close' }).click()
  await expect(bobPage).toHaveURL(new RegExp(`/projects/${project.id}$`))
  await bobContext.close()
})
