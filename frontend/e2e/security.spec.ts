import type { APIRequestContext } from '@playwright/test'

import { type Account, expect, expectAccessible, openSignedIn, registerAccount, test } from './fixtures'

/** The same account signed in again (a new session), as another device would be. */
async function signInAgain(request: APIRequestContext, account: Account, password = account.password): Promise<Account> {
  const response = await request.post('/api/auth/login', { data: { username: account.username, password } })
  expect(response.status(), await response.text()).toBe(200)
  const body = (await response.json()) as { access_token: string; refresh_token: string }
  return { ...account, password, accessToken: body.access_token, refreshToken: body.refresh_token }
}

test('a device signed out from another is signed out; a password change keeps this one signed in', async ({
  page,
  browser,
  request,
}) => {
  const account = await registerAccount(request)
  const other = await browser.newContext()
  try {
    const phone = await other.newPage()
    await openSignedIn(phone, await signInAgain(request, account), '/settings')
    await expect(phone.getByRole('heading', { name: 'Signed-in devices' })).toBeVisible()

    await openSignedIn(page, account, '/settings')
    const devices = page.getByRole('list', { name: 'Signed-in devices' })
    await expect(devices.getByRole('listitem')).toHaveCount(2)
    await expect(devices.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1)
    await expectAccessible(page, 'the security settings')

    // Sign out the other device's row: its next request is refused, and it lands on the sign-in page.
    await devices.getByRole('listitem').filter({ hasNotText: 'This device' }).getByRole('button', { name: /^Sign out/ }).click()
    await expect(devices.getByRole('listitem')).toHaveCount(1)
    await phone.reload()
    await expect(phone).toHaveURL(/\/login/)

    // Signed in there again, then the password changes here: there is signed out, here stays.
    // A new page: the old one's init script would put the revoked tokens back.
    const phoneAgain = await other.newPage()
    await openSignedIn(phoneAgain, await signInAgain(request, account), '/settings')
    await expect(phoneAgain.getByRole('heading', { name: 'Signed-in devices' })).toBeVisible()
    const fresh = `pw-${crypto.randomUUID()}`
    const passwordForm = page.getByRole('region', { name: 'Password' })
    await passwordForm.getByLabel('Current password').fill(account.password)
    await passwordForm.getByLabel('New password', { exact: true }).fill(fresh)
    await passwordForm.getByLabel('Confirm new password').fill(fresh)
    await passwordForm.getByRole('button', { name: 'Change password' }).click()
    await expect(page.getByText('Password changed. One other device was signed out.')).toBeVisible()

    await phoneAgain.reload()
    await expect(phoneAgain).toHaveURL(/\/login/)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem')).toHaveCount(1)
    await signInAgain(request, account, fresh)
  } finally {
    await other.close()
  }
})
