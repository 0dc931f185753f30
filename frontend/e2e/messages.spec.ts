import { expect, expectAccessible, test } from './fixtures'

// What the API says about a field reaches people as a sentence beside that field: never its regex, its internal
// name or pydantic's wording (issue 17, item 8).
const DEVELOPER_TEXT = [/\^\[/, /\{3,32\}/, /String should/i, /should match pattern/i, /\bvalue_error\b/, /body\.username/]

test('a username the API refuses is explained beside its field, with no regex anywhere on the page', async ({ page }) => {
  await page.goto('/register')
  const username = page.getByLabel('Username')
  await username.fill('no spaces!')
  await page.getByLabel('Email').fill('someone@example.com')
  await page.getByLabel('Password').fill('a long enough password')
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/register'))
  await page.getByRole('button', { name: 'Create account' }).click()
  // The API itself refused it (422), in its own words.
  const response = await answer
  expect(response.status()).toBe(422)
  expect(JSON.stringify(await response.json())).toMatch(/pattern|\^/)

  const sentence = 'Use 3 to 32 letters, digits, dots, dashes or underscores.'
  await expect(username).toHaveAttribute('aria-invalid', 'true')
  await expect(username).toHaveAccessibleDescription(new RegExp(sentence.replace(/\./g, '\\.')))
  // Beside the field: in the same form group, just below the input.
  const message = page.getByText(sentence, { exact: true }).last()
  await expect(message).toBeVisible()
  const [fieldBox, messageBox] = [await username.boundingBox(), await message.boundingBox()]
  expect(fieldBox && messageBox && messageBox.y - (fieldBox.y + fieldBox.height)).toBeLessThan(60)
  expect(fieldBox && messageBox && messageBox.y).toBeGreaterThan(fieldBox?.y ?? Infinity)

  const text = await page.locator('body').innerText()
  for (const pattern of DEVELOPER_TEXT) expect(text, `no developer text (${pattern.source})`).not.toMatch(pattern)
  await expectAccessible(page, 'the register page with a field error')
})
