import type { Reading } from '../api/parse-task'
import { minutesText, piecesOf, spansFor, summaryOf } from './quick-add-text'

const reading = (text: string, spans: Reading['spans']): Reading => ({
  text,
  spans,
  unrecognized: [],
  task: { title: 'Buy milk', project_id: 1, due_date: null, priority: 2, tags: [], recurrence: null, reminders: [] },
})

const tag = { start: 9, end: 19, kind: 'tag', text: '#groceries', value: 'groceries' } as const
const priority = { start: 20, end: 22, kind: 'priority', text: 'p1', value: 4 } as const

describe('spansFor', () => {
  it('keeps every span of a reading of this very text', () => {
    expect(spansFor(reading('Buy milk #groceries p1', [tag, priority]), 'Buy milk #groceries p1')).toEqual([tag, priority])
  })

  it('while a newer text is read, keeps only the spans before the first change with a character after them', () => {
    const last = reading('Buy milk #groceries p1', [tag, priority])
    // Typing on at the end: p1 may become p12 (no longer a priority); #groceries is followed by an unchanged space.
    expect(spansFor(last, 'Buy milk #groceries p12')).toEqual([tag])
    expect(spansFor(last, 'Buy milk #grocery p1')).toEqual([])
    expect(spansFor(undefined, 'Buy milk')).toEqual([])
  })
})

describe('piecesOf', () => {
  it('cuts by code points, so an emoji before a token does not shift it', () => {
    const text = '🛒 milk #groceries'
    const pieces = piecesOf(text, [{ start: 7, end: 17, kind: 'tag', text: '#groceries', value: 'groceries' }])
    expect(pieces).toEqual([
      { text: '🛒 milk ', kind: null },
      { text: '#groceries', kind: 'tag' },
    ])
  })

  it('skips a span that does not fit the text', () => {
    expect(piecesOf('milk', [{ start: 2, end: 9, kind: 'tag', text: '#x', value: 'x' }])).toEqual([{ text: 'milk', kind: null }])
  })
})

describe('summaryOf', () => {
  it('says each recognised part in words, in the user’s zone', () => {
    const text = 'Buy milk tomorrow 5pm every weekday @Home remind 30m before'
    const summary = summaryOf(
      reading(text, [
        { start: 9, end: 21, kind: 'date', text: 'tomorrow 5pm', value: '2030-01-02T16:00:00Z' },
        { start: 22, end: 35, kind: 'recurrence', text: 'every weekday', value: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
        { start: 36, end: 41, kind: 'project', text: '@Home', value: 9 },
        { start: 42, end: 59, kind: 'reminder', text: 'remind 30m before', value: 30 },
      ]),
      { timeZone: 'Europe/Berlin', now: new Date('2030-01-01T12:00:00Z'), projectName: (id) => (id === 9 ? 'Home' : undefined) },
    )
    expect(summary).toBe(
      'Title: Buy milk · Due Wed 2 Jan, 17:00 · Repeats every weekday · In Home · Reminder 30 minutes before',
    )
  })

  it('words reminders in the largest whole unit', () => {
    expect(minutesText(1440)).toBe('1 day before')
    expect(minutesText(90)).toBe('90 minutes before')
    expect(minutesText(120)).toBe('2 hours before')
    expect(minutesText(0)).toBe('at the due time')
  })
})
