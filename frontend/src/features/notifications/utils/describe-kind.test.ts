import { describe, expect, it } from 'vitest'

import { makeNotification } from '@/testing/notification-factory'

import { describeKind } from './describe-kind'


describe('describeKind', () => {
  it.each([
    ['reminder', {}, 'Reminder'],
    ['assigned', {}, 'ada assigned you'],
    ['mentioned', {}, 'ada mentioned you'],
    ['commented', {}, 'ada commented'],
    ['shared', { task_id: null }, 'ada shared the project'],
    ['shared', { task_id: null, project_id: null, team_id: 4 }, 'ada added you to the team'],
    ['webhook', { task_id: null, actor: null }, 'A webhook was turned off after failing for 24 hours'],
    ['assigned', { actor: null }, 'Someone assigned you'],
  ] as const)('%s %o reads "%s"', (kind, overrides, text) => {
    expect(describeKind(makeNotification({ kind, ...overrides }))).toBe(text)
  })
})
