import { expect, expectAccessible, openSignedIn, registerAccount, test } from './fixtures'

test('a webhook is added with its secret shown once, refused for a private address, tested and deleted', async ({
  page,
  request,
}) => {
  const account = await registerAccount(request)
  await openSignedIn(page, account, '/settings')
  const section = page.getByRole('region', { name: 'Webhooks' })
  const url = section.getByLabel('URL to send events to')

  await url.fill('http://127.0.0.1:9/hook')
  await section.getByRole('button', { name: 'Add webhook' }).click()
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await expect(section.getByText(/must not reach a private, loopback, link-local or reserved address/)).toBeVisible()

  await url.fill('https://93.184.215.14/hook')
  await section.getByRole('button', { name: 'Add webhook' }).click()
  const secret = section.getByLabel('Signing secret')
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9+/]+=*$/)
  await expectAccessible(page, 'the webhook secret shown once')
  await section.getByRole('button', { name: 'I have copied it' }).click()
  await expect(secret).toBeHidden()

  const list = section.getByRole('list', { name: 'Your webhooks' })
  await expect(list.getByText('https://93.184.215.14/hook')).toBeVisible()
  await list.getByRole('button', { name: 'Send test' }).click()
  const table = list.getByRole('table', { name: 'Recent deliveries to https://93.184.215.14/hook' })
  await expect(table.getByRole('cell', { name: 'ping' })).toBeVisible()
  await expectAccessible(page, 'the webhook delivery log')

  await list.getByRole('button', { name: 'Delete' }).click()
  await list.getByRole('button', { name: 'Delete for good' }).click()
  await expect(section.getByText('No webhooks yet.')).toBeVisible()
})
