import { createHmac } from 'node:crypto'

import type { Page } from '@playwright/test'

import { expect, expectAccessible, registerAccount, test } from './fixtures'

/** RFC 4648 base32 to bytes. */
function base32(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const char of secret.replace(/=+$/, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0')
  const bytes = bits.match(/.{8}/g) ?? []
  return Buffer.from(bytes.map((byte) => parseInt(byte, 2)))
}

/** RFC 6238 (SHA-1, 30 s, 6 digits): the code of the time-step `offset` steps from now. */
function totp(secret: string, offset = 0): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + offset))
  const mac = createHmac('sha1', base32(secret)).update(counter).digest()
  const at = mac.readUInt8(mac.length - 1) & 0xf
  return String((mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login')
  await page.getByLabel('Username or email', { exact: true }).fill(username)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/login(\?|$)/)
}

test('turn on two-factor, then sign in with a code and with a recovery code', async ({ page, request }) => {
  const account = await registerAccount(request)
  await signIn(page, account.username, account.password)
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()

  await page.goto('/settings')
  const card = page.getByRole('region', { name: 'Two-factor authentication' })
  await card.getByRole('button', { name: 'Turn on two-factor' }).click()
  await card.getByLabel('Your password', { exact: true }).fill(account.password)
  await card.getByRole('button', { name: 'Continue' }).click()
  await expect(card.getByRole('img', { name: 'QR code of your two-factor secret' })).toBeVisible()
  await expectAccessible(page, 'two-factor enrolment')
  const secret = await card.getByRole('textbox', { name: 'Or type this secret key into the app' }).inputValue()
  await card.getByLabel('Code from the app', { exact: true }).fill(totp(secret))
  await card.getByRole('button', { name: 'Turn on', exact: true }).click()

  const list = card.getByRole('list', { name: 'Recovery codes' })
  await expect(list.getByRole('listitem')).toHaveCount(10)
  const [recovery = ''] = await list.getByRole('listitem').allTextContents()
  await card.getByRole('button', { name: 'I saved them' }).click()
  await expect(card.getByText('On.')).toBeVisible()
  await signOut(page)

  // The code enrolment used is spent: the next step's is within the drift window.
  await signIn(page, account.username, account.password)
  const code = page.getByLabel('Authentication code', { exact: true })
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code')
  await expectAccessible(page, 'the sign-in code step')
  await code.fill(totp(secret, 1))
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  await signOut(page)

  await signIn(page, account.username, account.password)
  await page.getByRole('button', { name: 'Use a recovery code' }).click()
  await page.getByLabel('Recovery code', { exact: true }).fill(recovery.toLowerCase())
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  await signOut(page)

  // Each recovery code works once.
  await signIn(page, account.username, account.password)
  await page.getByRole('button', { name: 'Use a recovery code' }).click()
  await page.getByLabel('Recovery code', { exact: true }).fill(recovery)
  await page.getByRole('button', { name: 'Verify' }).click()
  await expect(page.getByLabel('Recovery code', { exact: true })).toHaveAttribute('aria-invalid', 'true')
})
