import { expect, expectAccessible, registerAccount, saveScreenshot, test, uniqueName } from './fixtures'

test('register, reload keeps the session, sign out, sign in again', async ({ page }) => {
  const username = uniqueName('ada')
  const password = 'analytical-engine-1843'

  await page.goto('/')
  await expect(page).toHaveURL(/\/login$/)
  await expectAccessible(page, 'the login page')
  await saveScreenshot(page, 'login')
  await page.getByRole('link', { name: 'Create an account' }).click()

  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible()
  await expectAccessible(page, 'the register page')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Email').fill(`${username}@example.com`)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create account' }).click()

  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toContainText(username)

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/login$/)
  await page.goto('/dashboard')
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard$/)

  await page.getByLabel('Username or email').fill(username)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
})

test('the API’s errors appear beside the fields and on the form', async ({ page, request }) => {
  const taken = await registerAccount(request)
  await page.goto('/register')
  await page.getByLabel('Username').fill('no spaces allowed')
  await page.getByLabel('Email').fill('someone@example.com')
  await page.getByLabel('Password').fill('long enough password')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page, 'the register page with errors')

  // A name someone has: said beside the field it is about.
  await page.getByLabel('Username').fill(taken.username)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText('That username is already taken.')).toBeVisible()
  await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true')

  await page.goto('/login')
  await page.getByLabel('Username or email').fill(taken.username)
  await page.getByLabel('Password').fill('not the password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.')
})

test('an expired access token is refreshed silently; a refused refresh goes back to the login page', async ({
  page,
  request,
}) => {
  const account = await registerAccount(request)
  // A syntactically valid but unknown access token: the API answers 401, the SPA refreshes and carries on.
  await page.addInitScript((refreshToken) => {
    if (!window.localStorage.getItem('taskforge.session')) {
      window.localStorage.setItem('taskforge.session', JSON.stringify({ accessToken: 'expired.token.value', refreshToken }))
    }
  }, account.refreshToken)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  const kept = await page.evaluate(() => window.localStorage.getItem('taskforge.session'))
  expect(kept).not.toContain('expired.token.value')

  // Both tokens now unusable: the refresh is refused once and the user lands on the login page.
  await page.evaluate(() =>
    window.localStorage.setItem('taskforge.session', JSON.stringify({ accessToken: 'bad', refreshToken: 'bad' })),
  )
  await page.reload()
  await expect(page).toHaveURL(/\/login/)
})
