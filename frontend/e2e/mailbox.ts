import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { expect } from '@playwright/test'

/** One email the server sent, as e2e/smtp-sink.py wrote it. */
export interface Email {
  to: string
  subject: string
  raw: string
}

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}: (.*)$`, 'im').exec(raw)
  return match?.[1]?.trim() ?? ''
}

async function emails(): Promise<Email[]> {
  const directory = process.env.E2E_SMTP_DIR
  if (!directory) throw new Error('E2E_SMTP_DIR is not set: playwright.config.ts sets it')
  const names = (await readdir(directory)).filter((name) => name.endsWith('.eml')).sort()
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(directory, name), 'utf8')
      return { to: header(raw, 'To'), subject: header(raw, 'Subject'), raw }
    }),
  )
}

/** Waits for the newest email to `to` whose subject is `subject` (the worker sends within a second or so). */
export async function waitForEmail(to: string, subject: string): Promise<Email> {
  let found: Email | undefined
  await expect
    .poll(
      async () => {
        found = (await emails()).filter((email) => email.to === to && email.subject === subject).at(-1)
        return found !== undefined
      },
      { message: `an email "${subject}" to ${to}`, timeout: 20_000 },
    )
    .toBe(true)
  return found as Email
}

/** The path and query of the TaskForge link in the email's plain-text part (`/reset-password?token=...`). */
export function linkIn(email: Email): string {
  const match = /https?:\/\/[^/\s]+(\/[a-z-]+\?token=[A-Za-z0-9_-]{43})/.exec(email.raw)
  if (!match?.[1]) throw new Error(`no link in the email "${email.subject}"`)
  return match[1]
}
