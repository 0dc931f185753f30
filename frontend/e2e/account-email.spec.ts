import { expect, expectAccessible, openSignedIn, registerAccount, test } from './fixtures'
import { linkIn, waitForEmail } from './mailbox'

// The emails come from the real worker through a real SMTP server on loopback (e2e/smtp-sink.py).

test('a new account verifies its address from the emailed link', async ({ page, request }) => {
  const account = await registerAccount(request)
  await openSignedIn(page, account, '/settings')
  const section = page.getByRole('region', { name: 'Email address' })
  await expect(section.getByText('Not verified', { exact: true })).toBeVisible()
  await expect(section.getByText(/Your email is not verified/)).toBeVisible()
  await expectAccessible(page, 'the settings page with an unverified address')

  const email = await waitForEmail(account.email, 'Confirm your TaskForge email address')
  await page.goto(linkIn(email))
  await expect(page.getByRole('heading', { name: 'Verify your email address' })).toBeVisible()
  await expectAccessible(page, 'the verify page')
  await page.getByRole('button', { name: 'Verify my email address' }).click()
  await expect(page.getByRole('status')).toContainText('Your email address is verified.')

  await page.goto('/settings')
  await expect(section.getByText('Verified', { exact: true })).toBeVisible()
  await expect(section.getByText(/Your email is not verified/)).toHaveCount(0)
})

test('a forgotten password is reset from the emailed link, once', async ({ page, request }) => {
  const account = await registerAccount(request)
  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible()
  await expectAccessible(page, 'the forgot-password page')
  await page.getByLabel('Email').fill(account.email)
  await page.getByRole('button', { name: 'Email me a link' }).click()
  await expect(page.getByRole('status')).toContainText('If an account uses that address, we sent a link')

  const email = await waitForEmail(account.email, 'Reset your TaskForge password')
  const link = linkIn(email)
  await page.goto(link)
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible()
  await expectAccessible(page, 'the reset page')
  const password = `new-${crypto.randomUUID()}`
  await page.getByLabel('New password', { exact: true }).fill(password)
  await page.getByLabel('New password again').fill(password)
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page.getByRole('status')).toContainText('Your password is changed.')

  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByLabel('Username or email').fill(account.username)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toContainText('Wrong username or password.')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()

  // The link worked once.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await page.goto(link)
  await page.getByLabel('New password', { exact: true }).fill('another-password-1')
  await page.getByLabel('New password again').fill('another-password-1')
  await page.getByRole('button', { name: 'Set the new password' }).click()
  await expect(page.getByRole('alert')).toContainText('This link does not work any more')
})

test('an address asked about that no account uses gets the same answer', async ({ page }) => {
  await page.goto('/forgot-password')
  await page.getByLabel('Email').fill('nobody-uses-this@example.com')
  await page.getByRole('button', { name: 'Email me a link' }).click()
  await expect(page.getByRole('status')).toContainText('If an account uses that address, we sent a link')
})

test('the email address changes once the new address confirms', async ({ page, request }) => {
  const account = await registerAccount(request)
  const newAddress = `new-${account.email}`
  await openSignedIn(page, account, '/settings')
  const form = page.getByRole('form', { name: 'Change your email address' })
  await form.getByLabel('New email address').fill(newAddress)
  await form.getByLabel('Current password').fill(account.password)
  await form.getByRole('button', { name: 'Change email address' }).click()
  await expect(form.getByRole('status')).toContainText(`We sent a link to ${newAddress}.`)
  await waitForEmail(account.email, 'Your TaskForge email address is being changed')

  const email = await waitForEmail(newAddress, 'Confirm your new TaskForge email address')
  await page.goto(linkIn(email))
  await expect(page.getByRole('heading', { name: 'Confirm your new email address' })).toBeVisible()
  await page.getByRole('button', { name: 'Use this address' }).click()
  await expect(page.getByRole('status')).toContainText('Your email address is changed.')

  await page.goto('/settings')
  const section = page.getByRole('region', { name: 'Email address' })
  await expect(section.getByText(newAddress)).toBeVisible()
  await expect(section.getByText('Verified', { exact: true })).toBeVisible()
})
